import { describe, expect, it } from 'vitest';
import { toSlackBlocks } from '../../../src/channels/slack';
import { createAskResponse } from './create-ask-response';

type Block = {
  type: string;
  text?: { type: string; text: string };
  fields?: Array<{ text: string }>;
  elements?: Array<Record<string, unknown>>;
};

const blocksOf = (message: ReturnType<typeof toSlackBlocks>) => message.blocks as Block[];

describe('toSlackBlocks', () => {
  it('renders the answer as mrkdwn with Slack links and bold', () => {
    const [first] = blocksOf(toSlackBlocks(createAskResponse()));
    expect(first).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Pour faire financer une formation, déposez la demande *avant* son début sur <https://www.opco-atlas.fr/entreprise|le portail Atlas>.',
      },
    });
  });

  it('escapes &, < and > in the answer so users cannot inject Slack markup', () => {
    const message = toSlackBlocks(createAskResponse({ answer: 'Coût < 500 & <!channel> > rien' }));
    expect(blocksOf(message)[0]?.text?.text).toBe('Coût &lt; 500 &amp; &lt;!channel&gt; &gt; rien');
  });

  it('lists the sources as links in a context block, once each', () => {
    const base = createAskResponse();
    const response = { ...base, citations: [...base.citations, { ...base.citations[0]!, id: 'duplicate' }] };
    const context = blocksOf(toSlackBlocks(response)).find((block) => block.type === 'context');
    expect(context?.elements).toEqual([
      {
        type: 'mrkdwn',
        text: '📚 *Sources :* <https://www.opco-atlas.fr/conditions|Guide OPCO Atlas — conditions> · <https://www.opco-atlas.fr/pieces?a=1&amp;b=2|Guide OPCO Atlas — pièces>',
      },
    ]);
  });

  it('shows simulation results as fields', () => {
    const response = createAskResponse({
      toolCalls: [
        { name: 'searchKnowledge', input: { query: 'x' }, output: [{ id: 'a' }] },
        {
          name: 'simulateFunding',
          input: {},
          output: {
            outcome: 'eligible',
            amount: 1200,
            remainingCost: 300.5,
            rulesAsOf: '2026-01-01',
            rulesStatus: 'verified',
          },
        },
      ],
    });
    const fields = blocksOf(toSlackBlocks(response)).find((block) => block.fields)?.fields;
    expect(fields?.map((field) => field.text.replace(/\s/g, ' '))).toEqual([
      '*Résultat* Éligible',
      '*Prise en charge estimée* 1 200,00 €',
      '*Reste à charge* 300,50 €',
      '*Règles au* 2026-01-01',
      '*Statut des taux* vérifiés',
    ]);
  });

  it('shows no figures for a simulation that still needs inputs', () => {
    const response = createAskResponse({
      toolCalls: [
        {
          name: 'simulateFunding',
          input: {},
          output: { outcome: 'needs_input', amount: null, rulesStatus: 'unknown', missingInputs: ['hours'] },
        },
      ],
    });
    expect(blocksOf(toSlackBlocks(response)).some((block) => block.fields)).toBe(false);
  });

  it('ends with 👍/👎 buttons carrying the messageId', () => {
    const blocks = blocksOf(toSlackBlocks(createAskResponse({ messageId: 'msg-42' })));
    expect(blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [
        { type: 'button', action_id: 'feedback_up', value: 'msg-42' },
        { type: 'button', action_id: 'feedback_down', value: 'msg-42' },
      ],
    });
  });

  it('splits a long answer into sections under Slack’s 3,000-character limit', () => {
    const paragraph = 'Une phrase assez longue sur le financement de la formation. '.repeat(30);
    const message = toSlackBlocks(createAskResponse({ answer: Array(6).fill(paragraph).join('\n\n') }));
    const sections = blocksOf(message).filter((block) => block.type === 'section' && block.text);
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.text?.text.length).toBeLessThanOrEqual(3000);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('adds the engine’s handoff message when the answer does not already contain it', () => {
    const handoff = { reason: 'user_request', message: 'Un conseiller OPCO Atlas peut vous rappeler.' };
    const texts = blocksOf(toSlackBlocks(createAskResponse({ handoff }))).map((block) => block.text?.text);
    expect(texts).toContain('Un conseiller OPCO Atlas peut vous rappeler.');
  });
});
