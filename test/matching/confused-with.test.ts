import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCardFiles } from '../../scripts/build-knowledge';
import { getKnowledge } from '../../src/knowledge';
import type { AnswerCard } from '../../src/knowledge/answer-card-schema';

// why: the served bundle drops `confusedWith` (the matcher is not trained on it), so the cards are read as written.
const knowledge = getKnowledge();
const pairs = readCardFiles().flatMap(({ text }) => {
  const card = parse(text) as AnswerCard;
  return (card.confusedWith ?? []).map((entry) => ({
    from: card.id,
    to: entry.card,
    question: entry.question,
  }));
});

describe('the card matcher on look-alike questions (confusedWith)', () => {
  it('has look-alikes to test', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
  });

  it('ranks the card a look-alike belongs to above the card it resembles, for at least 95 % of them', () => {
    const misses = pairs.filter(({ from, to, question }) => {
      const scores = knowledge.matcher.scores(question);
      const rank = (id: string) => scores.findIndex((score) => score.card === id);
      return rank(to) > rank(from);
    });
    const share = 1 - misses.length / pairs.length;
    expect(
      share,
      misses.map((miss) => `${miss.question} → ${miss.to} (pas ${miss.from})`).join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });
});
