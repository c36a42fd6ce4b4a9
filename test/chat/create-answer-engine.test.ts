import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/chat';
import type { LogFields } from '../../src/logger';
import { createMemoryStorage } from '../../src/storage';
import type { Storage } from '../../src/storage/storage';
import { createTestDependencies } from '../helpers/create-test-app';

describe('createAnswerEngine', () => {
  it('gives every answer its own UUID messageId', async () => {
    const engine = createAnswerEngine(createTestDependencies());
    const first = await engine.answer({ question: 'Que signifie OPCO ?' }, { channel: 'api' });
    const second = await engine.answer({ question: 'Que signifie OPCO ?' }, { channel: 'api' });
    expect(first.messageId).not.toBe(second.messageId);
    expect(first.messageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the redacted question, intent, outcome, citations and mode', async () => {
    const storage = createMemoryStorage();
    const dependencies = createTestDependencies({ storage });
    const engine = createAnswerEngine(dependencies);
    const response = await engine.answer(
      { question: 'Mon e-mail est claire@example.fr : quelles pièces après la formation ?' },
      { channel: 'web' },
    );
    await dependencies.backgroundTasks.settled();
    expect(storage.questions).toEqual([
      expect.objectContaining({
        messageId: response.messageId,
        channel: 'web',
        intent: 'documents',
        outcome: 'answered',
        mode: 'offline',
        citationIds: response.citations.map((citation) => citation.id),
        createdAt: '2026-11-27T09:00:00.000Z',
      }),
    ]);
    expect(storage.questions[0]?.question).not.toMatch(/claire@example\.fr/);
    expect(storage.questions[0]?.question).toMatch(/\[e-mail masqué\]/);
  });

  it('logs refusals and abstentions as abstained', async () => {
    const storage = createMemoryStorage();
    const dependencies = createTestDependencies({ storage });
    await createAnswerEngine(dependencies).answer(
      { question: 'Quelle est la météo demain ?' },
      { channel: 'api' },
    );
    await dependencies.backgroundTasks.settled();
    expect(storage.questions[0]).toMatchObject({ intent: 'out_of_scope', outcome: 'abstained' });
  });

  it('logs nothing when LOG_QUESTIONS is false', async () => {
    const storage = createMemoryStorage();
    const dependencies = createTestDependencies({ storage, environment: { LOG_QUESTIONS: 'false' } });
    await createAnswerEngine(dependencies).answer({ question: 'Que signifie OPCO ?' }, { channel: 'api' });
    await dependencies.backgroundTasks.settled();
    expect(storage.questions).toEqual([]);
  });

  it('still answers when the storage fails, and warns without personal data', async () => {
    const warnings: Array<{ event: string; fields?: LogFields }> = [];
    const failing: Storage = {
      ...createMemoryStorage(),
      recordQuestion: async () => {
        throw new Error('disk full for jean@example.fr');
      },
    };
    const dependencies = createTestDependencies({
      storage: failing,
      logger: { info() {}, error() {}, warn: (event, fields) => warnings.push({ event, fields }) },
    });
    const response = await createAnswerEngine(dependencies).answer(
      { question: 'Écrivez-moi à jean@example.fr : quel OPCO pour l’IDCC 1486 ?' },
      { channel: 'api' },
    );
    await dependencies.backgroundTasks.settled();
    expect(response.answer).toMatch(/OPCO Atlas/);
    expect(warnings).toEqual([
      { event: 'question_log_failed', fields: { messageId: response.messageId, error: 'Error' } },
    ]);
    expect(JSON.stringify(warnings)).not.toMatch(/jean@/);
  });
});
