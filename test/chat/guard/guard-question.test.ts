import { describe, expect, it } from 'vitest';
import type { AskRequest } from '../../../src/chat';
import { guardQuestion as guardWith } from '../../../src/chat/guard/guard-question';
import { getKnowledge } from '../../../src/knowledge';

const guardQuestion = (request: AskRequest) => guardWith(request, getKnowledge().lexicon);

describe('guardQuestion', () => {
  it('redacts IBAN, NIR, e-mail and phone from the question and the history, listing kinds only', () => {
    const guarded = guardQuestion({
      question: 'IBAN FR76 3000 6000 0112 3456 7890 189 et NIR 1 85 05 78 006 084 36',
      history: [{ role: 'user', content: 'Écrivez à paul@example.com ou au 06 12 34 56 78' }],
    });
    expect(guarded.question).not.toMatch(/FR76|85 05 78/);
    expect(guarded.history[0]?.content).not.toMatch(/paul@|06 12/);
    expect(guarded.redactions.sort()).toEqual(['email', 'iban', 'nir', 'phone']);
    expect(JSON.stringify(guarded.redactions)).not.toMatch(/\d/);
  });

  it('classifies the redacted question', () => {
    expect(guardQuestion({ question: 'Quel est le rôle d’Atlas ?' })).toMatchObject({
      scope: 'in_scope',
      tooLong: false,
      redactions: [],
    });
  });

  it('flags a question longer than 2 000 characters', () => {
    expect(guardQuestion({ question: `formation ${'a'.repeat(2100)}` }).tooLong).toBe(true);
  });
});
