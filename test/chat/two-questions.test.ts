import { describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../src/chat';
import { createTestApp, postJson } from '../helpers/create-test-app';

const ask = async (question: string, history: { role: 'user' | 'assistant'; content: string }[] = []) => {
  const { app } = createTestApp();
  const response = await app.request('/v1/ask', postJson({ question, history }));
  return askResponseSchema.parse(await response.json());
};

describe('a message with two questions', () => {
  it('answers both needs instead of asking which one', async () => {
    const body = await ask(
      'on pensait faire une pro-a mais ça existe plus depuis cette année ?? et elle peut utiliser son cpf en plus ?',
    );
    expect(body.status).toBe('answered');
    expect(body.answer).toMatch(/CPF/);
    expect(body.answer).toMatch(/Pro-A/);
  });

  it('keeps a single question to one answer', async () => {
    const body = await ask('Le CPF peut-il cofinancer une période de reconversion ?');
    expect(body.answer.split('\n\n').length).toBe(1);
  });
});
