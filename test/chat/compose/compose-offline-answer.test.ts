import { describe, expect, it } from 'vitest';
import { type AskRequest, askResponseSchema, evidenceOf, findUngroundedFigures } from '../../../src/chat';
import { createTestApp, postJson } from '../../helpers/create-test-app';

async function ask(request: AskRequest) {
  const { app } = createTestApp();
  const response = await app.request('/v1/ask', postJson(request));
  const body = askResponseSchema.parse(await response.json());
  expect(findUngroundedFigures(body.answer, evidenceOf(body))).toEqual([]);
  return body;
}

describe('composeOfflineAnswer', () => {
  it('answers membership from checkMembership, with the rule date and a supporting citation', async () => {
    const body = await ask({ question: 'Nous sommes une banque (IDCC 2120), quel OPCO ?' });
    expect(body).toMatchObject({
      mode: 'offline',
      degraded: false,
      intent: 'membership',
      status: 'answered',
    });
    expect(body.answer).toMatch(/^\*\*Oui, votre entreprise relève d’OPCO Atlas\*\*/);
    expect(body.answer).toMatch(/depuis le 1er avril 2019/);
    expect(body.toolCalls).toEqual([
      expect.objectContaining({ name: 'checkMembership', input: expect.objectContaining({ idcc: '2120' }) }),
    ]);
    expect(body.citations.length).toBeGreaterThan(0);
  });

  it('computes a funding estimate with its rule date and its indicative status', async () => {
    const body = await ask({
      question:
        'Contrat de professionnalisation, IDCC 1486, 20 salariés : 200 h de formation pour 1 salarié, coût 4 000 € HT, organisme Qualiopi, début dans 10 jours. Combien ?',
    });
    const funding = body.toolCalls.find((call) => call.name === 'simulateFunding');
    expect(funding?.input).toMatchObject({
      scheme: 'contrat_professionnalisation',
      idcc: '1486',
      hours: 200,
      trainees: 1,
      costExclTax: 4000,
    });
    expect(funding?.output).toMatchObject({ outcome: 'partially_eligible', rulesStatus: 'indicative' });
    expect(body.answer).toMatch(/\*\*Estimation : 1 830 € HT pris en charge par Atlas\*\*/);
    expect(body.answer).toMatch(/reste à charge de 2 170 € HT/);
    expect(body.answer).toMatch(/montant indicatif, donnée à confirmer/);
  });

  it('asks for exactly the missing inputs and restates the known ones', async () => {
    const body = await ask({
      question: 'IDCC 1486, formation de 21 h à 2 100 € HT, organisme Qualiopi, combien ?',
    });
    expect(body.status).toBe('clarification');
    const output = body.toolCalls.find((call) => call.name === 'simulateFunding')?.output as {
      missingInputs: string[];
    };
    expect(output.missingInputs).toEqual(['headcount', 'trainees', 'startDate']);
    expect(body.answer).toMatch(/21 h, 2 100 € HT/);
    expect(body.answer).toMatch(
      /l’effectif de l’entreprise ; le nombre de salariés formés ; la date de début de la formation\.$/m,
    );
  });

  it('says a request would be refused, with the remedy, when the provider is not Qualiopi', async () => {
    const body = await ask({
      question: 'Notre organisme n’est pas certifié Qualiopi, la formation sera-t-elle financée ?',
    });
    expect(body.answer).toMatch(/serait refusée/);
    expect(body.answer).toMatch(/Que faire :/);
  });

  it('warns that a training starting tomorrow must be filed today', async () => {
    const body = await ask({ question: 'La formation commence demain et je n’ai encore rien déposé' });
    expect(body.answer).toMatch(/commence le 28 novembre 2026 : déposez la demande dès maintenant/);
  });

  it('quotes the opening of the best guide section verbatim, with its list', async () => {
    const body = await ask({ question: 'Quelles sont les deux modalités de paiement ?' });
    expect(body.citations[0]?.id).toBe('guide-modalites-paiement-subrogation');
    expect(body.answer).toMatch(/- \*\*Subrogation \(tiers payant\)\*\*/);
    for (const line of body.answer.split('\n').map((text) => text.replace(/^- /, ''))) {
      expect(body.citations[0]?.excerpt).toContain(line);
    }
  });

  it('keeps the status sentence of a rule passage with its figures', async () => {
    const body = await ask({ question: 'Qualiopi obligatoire depuis quand ?' });
    expect(body.answer).toMatch(/2022/);
    expect(body.answer).toMatch(/Statut : source/);
  });

  it('answers in English with the French source quoted when asked in English', async () => {
    const body = await ask({ question: 'Who can confirm which OPCO my company belongs to?' });
    expect(body.locale).toBe('en');
    expect(body.answer).toMatch(/From our French sources/);
    expect(body.answer).toMatch(/SIRET/);
  });

  it('offers an adviser when asked for a person', async () => {
    const body = await ask({ question: 'Je voudrais parler à un conseiller Atlas' });
    expect(body.handoff).toMatchObject({ reason: 'user_request' });
    expect(body.answer).toMatch(/conseiller/);
  });

  it('hands off, without refusing, when the user only asks for a person', async () => {
    const body = await ask({ question: 'Je veux parler à un humain' });
    expect(body).toMatchObject({
      intent: 'handoff',
      status: 'answered',
      handoff: { reason: 'user_request' },
    });
    expect(body.answer).not.toMatch(/hors de mon périmètre/);
  });

  it('answers a generic refusal question with the overview of refusal reasons', async () => {
    const body = await ask({ question: 'Mon dossier a été refusé, pourquoi ?' });
    expect(body.intent).toBe('refusal');
    expect(body.citations[0]?.id).toBe('guide-motifs-refus-prise-en-charge');
    expect(body.answer).toMatch(/Qualiopi/);
    expect(body.answer).toMatch(/plafond/);
  });

  it('keeps a remedy announced by a colon in the same quoted sentence', async () => {
    const body = await ask({ question: 'Pourquoi mon dossier est-il déclaré incomplet ?' });
    expect(body.answer).toMatch(/Que faire : Ajoutez les pièces manquantes/);
  });

  it('abstains with a handoff when nothing reliable answers an in-scope question', async () => {
    const body = await ask({ question: 'Quel est le salaire moyen d’un conseiller Atlas en Bretagne ?' });
    expect(body.status).toBe('abstained');
    expect(body.handoff).toMatchObject({ reason: 'no_answer' });
    expect(body.citations).toEqual([]);
  });

  it('explains a malformed IDCC instead of guessing', async () => {
    const body = await ask({ question: 'IDCC abc' });
    expect(body).toMatchObject({ intent: 'membership', status: 'clarification', toolCalls: [] });
    expect(body.answer).toMatch(/n’est pas un code IDCC valide/);
  });

  it('suggests follow-ups', async () => {
    const body = await ask({ question: 'Comment est financé l’apprentissage ?' });
    expect(body.followUps.length).toBeGreaterThan(0);
  });
});
