import { describe, expect, it } from 'vitest';
import { type AskRequest, askResponseSchema } from '../../src/chat';
import { createTestApp, postJson } from '../helpers/create-test-app';

async function ask(request: AskRequest) {
  const { app } = createTestApp();
  const response = await app.request('/v1/ask', postJson(request));
  return askResponseSchema.parse(await response.json());
}

describe('follow-up questions', () => {
  it('uses the IDCC given in an earlier turn', async () => {
    const body = await ask({
      question: 'On relève de quel OPCO ?',
      history: [
        { role: 'user', content: 'Je suis DRH d’un cabinet d’expertise comptable, IDCC 787.' },
        { role: 'assistant', content: 'D’accord.' },
      ],
    });
    expect(body.toolCalls[0]).toMatchObject({ name: 'checkMembership', input: { idcc: '787' } });
    expect(body.answer).toMatch(/relève d’OPCO Atlas/);
  });

  it('uses the company details of earlier turns in a funding simulation', async () => {
    const body = await ask({
      question:
        'Une formation de 21 h à 1 500 € HT pour 1 salarié, organisme Qualiopi, début dans 3 semaines : combien ?',
      history: [
        { role: 'user', content: 'On a 12 salariés et notre IDCC est 2120.' },
        { role: 'assistant', content: 'Noté.' },
      ],
    });
    expect(body.toolCalls.find((call) => call.name === 'simulateFunding')?.input).toMatchObject({
      idcc: '2120',
      headcount: 12,
      hours: 21,
      trainees: 1,
      costExclTax: 1500,
      providerQualiopi: true,
      startDate: '2026-12-18',
    });
  });

  it('completes an apprenticeship simulation across turns', async () => {
    const body = await ask({
      question: 'Et pour une entreprise de 15 salariés ?',
      history: [
        { role: 'user', content: 'Quelle aide à l’embauche pour un apprenti en BTS ?' },
        { role: 'assistant', content: 'Précisez l’effectif de l’entreprise.' },
      ],
    });
    expect(body.intent).toBe('apprenticeship');
    expect(body.toolCalls[0]).toMatchObject({
      name: 'apprenticeshipCosts',
      input: { certificationLevel: 5, headcount: 15 },
    });
    expect(body.answer).toMatch(/4 500 €/);
  });

  it('lets a later IDCC replace an earlier one', async () => {
    const body = await ask({
      question: 'Et avec l’IDCC 3043 ?',
      history: [
        { role: 'user', content: 'IDCC 1486 : quel OPCO ?' },
        { role: 'assistant', content: 'OPCO Atlas.' },
      ],
    });
    expect(body.answer).toMatch(/AKTO/);
  });
});
