import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getKnowledge } from '../../src/knowledge';
import { createPassageRanker } from '../../src/search';

type RelevanceQuery = { query: string; expected: string[] };

const queries = (
  parse(readFileSync(join(import.meta.dirname, 'relevance.yaml'), 'utf8')) as { queries: RelevanceQuery[] }
).queries;

describe('createPassageRanker (the ranker answers cite from)', () => {
  const knowledge = getKnowledge();
  const rank = createPassageRanker(knowledge.search, knowledge.topicStems);

  it('puts an expected passage in its top 3 for at least 95 % of the relevance queries', () => {
    const misses = queries.filter(
      ({ query, expected }) =>
        !rank(query, { limit: 3 }).some((ranked) => expected.includes(ranked.passage.id)),
    );
    const recall = 1 - misses.length / queries.length;
    expect(recall, misses.map((miss) => miss.query).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps to the asked kind of passage', () => {
    const ranked = rank('aide à l’embauche apprenti', { limit: 5, kind: 'rule' });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((entry) => entry.passage.kind === 'rule')).toBe(true);
  });
});
