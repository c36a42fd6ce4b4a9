import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getKnowledge } from '../../src/knowledge';
import { searchKnowledge } from '../../src/search';

type RelevanceQuery = { query: string; expected: string[] };

function loadRelevanceQueries(): RelevanceQuery[] {
  return (
    parse(readFileSync(join(import.meta.dirname, 'relevance.yaml'), 'utf8')) as { queries: RelevanceQuery[] }
  ).queries;
}

describe('search relevance (French HR queries)', () => {
  const knowledge = getKnowledge();
  const queries = loadRelevanceQueries();

  it('holds at least 40 realistic queries whose expected ids exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const { expected } of queries) {
      for (const id of expected) expect(knowledge.passages.has(id), id).toBe(true);
    }
  });

  it('finds an expected passage in the top 3 for at least 95 % of queries', () => {
    let found = 0;
    let reciprocalRanks = 0;
    const misses: string[] = [];
    for (const { query, expected } of queries) {
      const ids = searchKnowledge(knowledge.search, query, { limit: 10 }).map((hit) => hit.id);
      const rank = ids.findIndex((id) => expected.includes(id));
      if (rank >= 0 && rank < 3) found += 1;
      else misses.push(`${query} → ${ids.slice(0, 3).join(', ')}`);
      if (rank >= 0) reciprocalRanks += 1 / (rank + 1);
    }
    const recall = found / queries.length;
    console.log(
      `relevance: recall@3 ${recall.toFixed(3)}, MRR ${(reciprocalRanks / queries.length).toFixed(3)} ` +
        `over ${queries.length} queries${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
