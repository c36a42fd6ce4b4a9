import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../../src/chat';
import { createTestApp, postJson } from '../../helpers/create-test-app';
import { scriptedModel, textStep, toolCallStep } from './scripted-model';

async function ask(app: ReturnType<typeof createTestApp>['app'], body: unknown) {
  const response = await app.request('/v1/ask', postJson(body));
  expect(response.status).toBe(200);
  return askResponseSchema.parse(await response.json());
}

describe('answerWithModel (LLM mode)', () => {
  it('runs a multi-step tool loop and answers with the tool figures, citing the passages read', async () => {
    const model = scriptedModel([
      toolCallStep([{ name: 'checkMembership', input: { idcc: '2120' } }]),
      toolCallStep([{ name: 'searchKnowledge', input: { query: 'maître d’apprentissage aide mensuelle' } }]),
      textStep(
        'Votre banque (IDCC 2120) relève d’OPCO Atlas. L’aide au maître d’apprentissage va jusqu’à 230 € par mois.',
      ),
    ]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, {
      question: 'Banque IDCC 2120 : quel OPCO et quelle aide pour le maître d’apprentissage ?',
    });
    expect(body.mode).toBe('llm');
    expect(body.degraded).toBe(false);
    expect(body.toolCalls.map((call) => call.name)).toEqual(['checkMembership', 'searchKnowledge']);
    expect(body.toolCalls[0]?.output).toMatchObject({ outcome: 'atlas' });
    expect(body.citations.length).toBeGreaterThan(0);
    expect(body.answer).toContain('230 €');
    expect(model.doStreamCalls).toHaveLength(3);
    const firstCall = model.doStreamCalls[0]!;
    expect(firstCall.tools?.map((tool) => tool.name).sort()).toEqual(
      ['apprenticeshipCosts', 'checkDossier', 'checkMembership', 'searchKnowledge', 'simulateFunding'].sort(),
    );
  });

  it('regenerates once when the answer carries an ungrounded figure, naming it', async () => {
    const model = scriptedModel([
      toolCallStep([{ name: 'searchKnowledge', input: { query: 'maître d’apprentissage aide' } }]),
      textStep('L’aide au maître d’apprentissage est de 999 € par mois.'),
      textStep('L’aide au maître d’apprentissage va jusqu’à 230 € par mois.'),
    ]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, { question: 'Quelle aide pour le maître d’apprentissage ?' });
    expect(body.mode).toBe('llm');
    expect(body.answer).toContain('230 €');
    expect(body.answer).not.toContain('999');
    const retryPrompt = JSON.stringify(model.doStreamCalls[2]?.prompt);
    expect(retryPrompt).toContain('999 €');
  });

  it('accepts the user’s own figures when the answer attributes them, and regenerates when it does not', async () => {
    const model = scriptedModel([
      textStep('Atlas vous versera 2 100 € pour cette formation.'),
      textStep(
        'Vous indiquez un coût de 2 100 € HT pour 21 h : le montant pris en charge dépend de votre branche.',
      ),
    ]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, {
      question: 'Formation de 21 h à 2 100 € HT chez un organisme Qualiopi : combien Atlas paie-t-il ?',
    });
    expect(body).toMatchObject({ mode: 'llm', degraded: false });
    expect(body.answer).toMatch(/^Vous indiquez un coût de 2 100 € HT/);
    expect(JSON.stringify(model.doStreamCalls[1]?.prompt)).toMatch(/2 100 €/);
  });

  it('falls back to the offline answer when the regenerated answer is still ungrounded', async () => {
    const model = scriptedModel([
      textStep('Atlas vous versera 12 345 € sans condition.'),
      textStep('Plutôt 54 321 €.'),
    ]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, {
      question: 'Quel est le plafond de prise en charge de la formation d’un tuteur ?',
    });
    expect(body).toMatchObject({ mode: 'offline', degraded: true });
    expect(body.answer).not.toMatch(/12 345|54 321/);
    expect(body.answer).toMatch(/15 €/);
    expect(model.doStreamCalls).toHaveLength(2);
  });

  it('falls back, degraded, when the provider throws', async () => {
    const model = new MockLanguageModelV3({
      doStream: async () => {
        throw new Error('502 Bad Gateway');
      },
    });
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, { question: 'Quelles pièces fournir après la formation ?' });
    expect(body).toMatchObject({ mode: 'offline', degraded: true, status: 'answered' });
    expect(body.answer).toMatch(/facture/i);
  });

  it('falls back, degraded, when the provider exceeds LLM_TIMEOUT_MS', async () => {
    const model = new MockLanguageModelV3({
      doStream: (options) =>
        new Promise((_, reject) => {
          options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason));
        }),
    });
    const { app } = createTestApp({
      languageModel: model,
      environment: { OPENAI_API_KEY: 'test-key', LLM_TIMEOUT_MS: '20' },
    });
    const body = await ask(app, { question: 'Comment suivre mon dossier ?' });
    expect(body).toMatchObject({ mode: 'offline', degraded: true });
    expect(model.doStreamCalls).toHaveLength(1);
  });

  it('falls back, degraded, on a malformed tool call', async () => {
    const model = scriptedModel([
      toolCallStep([{ name: 'simulateFunding', input: '{"hours": "beaucoup", ' }]),
      textStep('Réponse après erreur.'),
    ]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, { question: 'Combien pour une formation de 14 h ?' });
    expect(body).toMatchObject({ mode: 'offline', degraded: true });
  });

  it('falls back, degraded, when the model calls a tool that does not exist', async () => {
    const model = scriptedModel([toolCallStep([{ name: 'deleteDatabase', input: {} }]), textStep('Fait.')]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, { question: 'Quelles aides pour un apprenti ?' });
    expect(body).toMatchObject({ mode: 'offline', degraded: true });
  });

  it('lets the model use the membership hints of a sector', async () => {
    const model = scriptedModel([
      toolCallStep([{ name: 'checkMembership', input: { sector: 'cabinet comptable' } }]),
      textStep('Un cabinet comptable relève probablement d’OPCO Atlas ; confirmez avec votre IDCC.'),
    ]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, { question: 'Un cabinet comptable relève-t-il d’Atlas ?' });
    expect(body.mode).toBe('llm');
    expect(body.toolCalls[0]?.output).toMatchObject({ outcome: 'atlas', confidence: 'medium' });
  });

  it('never sends personal data to the model and still warns the user', async () => {
    const model = scriptedModel([textStep('Atlas peut payer directement l’organisme (subrogation).')]);
    const { app } = createTestApp({ languageModel: model });
    const body = await ask(app, {
      question: 'Mon IBAN est FR76 3000 6000 0112 3456 7890 189, pouvez-vous payer directement ?',
      history: [{ role: 'user', content: 'Écrivez-moi à jeanne.martin@example.fr' }],
    });
    const prompt = JSON.stringify(model.doStreamCalls[0]?.prompt);
    expect(prompt).not.toMatch(/FR76|3000 6000|jeanne\.martin/);
    expect(body.redactions.sort()).toEqual(['email', 'iban']);
    expect(body.answer).toMatch(/données personnelles/);
  });
});
