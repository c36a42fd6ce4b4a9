import { describe, expect, it } from 'vitest';
import { toAdaptiveCard } from '../../../src/channels/teams';
import { createAskResponse } from '../slack/create-ask-response';

describe('toAdaptiveCard', () => {
  it('renders the answer, the sources as links and the feedback actions', () => {
    const card = toAdaptiveCard(
      createAskResponse({ answer: '## Démarches\n\nDéposez la demande **avant** la formation.' }),
    );
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'fr' });
    expect(card.body).toEqual([
      { type: 'TextBlock', text: '**Démarches**', wrap: true },
      { type: 'TextBlock', text: 'Déposez la demande **avant** la formation.', wrap: true },
      { type: 'TextBlock', text: '**Sources**', wrap: true, separator: true, spacing: 'Medium' },
      {
        type: 'TextBlock',
        text: '- [Guide OPCO Atlas — conditions](https://www.opco-atlas.fr/conditions)\n- [Guide OPCO Atlas — pièces](https://www.opco-atlas.fr/pieces?a=1&b=2)',
        wrap: true,
        size: 'Small',
        isSubtle: true,
      },
    ]);
    expect(card.actions).toEqual([
      {
        type: 'Action.Submit',
        title: '👍 Utile',
        data: { action: 'feedback', rating: 'up', messageId: 'msg_0f2c7a1e-4b1d-4d8e-9a47-2f7c1e2d3b4a' },
      },
      {
        type: 'Action.Submit',
        title: '👎 Pas utile',
        data: { action: 'feedback', rating: 'down', messageId: 'msg_0f2c7a1e-4b1d-4d8e-9a47-2f7c1e2d3b4a' },
      },
    ]);
  });

  it('shows the simulator’s figures in a FactSet', () => {
    const card = toAdaptiveCard(
      createAskResponse({
        toolCalls: [
          {
            name: 'apprenticeshipCosts',
            input: {},
            output: { hiringAid: { amount: 5000, source: {} }, employerParticipation: { amount: 0 } },
          },
        ],
      }),
    );
    const factSet = card.body.find((element) => (element as { type: string }).type === 'FactSet') as {
      facts: Array<{ title: string; value: string }>;
    };
    expect(factSet.facts.map((fact) => [fact.title, fact.value.replace(/\s/g, ' ')])).toEqual([
      ['Aide à l’embauche', '5 000,00 €'],
      ['Participation employeur', '0,00 €'],
    ]);
  });
});
