/** @module `npm run bench:search`: index load time, search latency, and recall@3 of our French setup vs Orama's defaults. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, insertMultiple, search } from '@orama/orama';
import { parse } from 'yaml';
import bundle from '../src/generated/knowledge-bundle.js';
import { loadKnowledge } from '../src/knowledge';
import { searchKnowledge } from '../src/search';

type RelevanceQuery = { query: string; expected: string[] };
const queries = (
  parse(readFileSync(join(import.meta.dirname, '..', 'test', 'search', 'relevance.yaml'), 'utf8')) as {
    queries: RelevanceQuery[];
  }
).queries;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

function recallAt3(rank: (query: string) => string[]) {
  let found = 0;
  let reciprocal = 0;
  for (const { query, expected } of queries) {
    const ids = rank(query);
    const position = ids.findIndex((id) => expected.includes(id));
    if (position >= 0 && position < 3) found += 1;
    if (position >= 0) reciprocal += 1 / (position + 1);
  }
  return { recall: found / queries.length, mrr: reciprocal / queries.length };
}

// Index load: JSON parse is done by the module import; measure Orama load + query expander setup, cold then warm.
const loadTimes: number[] = [];
let knowledge = loadKnowledge(bundle);
for (let run = 0; run < 20; run++) {
  const started = performance.now();
  knowledge = loadKnowledge(bundle);
  loadTimes.push(performance.now() - started);
}

const latencies: number[] = [];
for (let round = 0; round < 40; round++) {
  for (const { query } of queries) {
    const started = performance.now();
    searchKnowledge(knowledge.search, query, { limit: 5 });
    latencies.push(performance.now() - started);
  }
}

const ours = recallAt3((query) =>
  searchKnowledge(knowledge.search, query, { limit: 10 }).map((hit) => hit.id),
);

const plain = create({
  schema: { id: 'string', title: 'string', keywords: 'string', body: 'string' } as const,
});
insertMultiple(
  plain,
  bundle.passages.map((passage) => ({ ...passage, keywords: passage.keywords.join(' ; ') })),
);
const defaults = recallAt3((query) => {
  const result = search(plain, { term: query, properties: ['title', 'keywords', 'body'], limit: 10 });
  return (result as Awaited<typeof result>).hits.map((hit) => hit.document.id);
});

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(
  `\n## Search benchmark (${bundle.passages.length} passages, ${queries.length} relevance queries)\n`,
);
console.log('| measure | value |\n|---|---|');
console.log(`| index load (Orama load + expander), median of 20 | ${ms(percentile(loadTimes, 50))} |`);
console.log(`| search latency p50 (${latencies.length} searches) | ${ms(percentile(latencies, 50))} |`);
console.log(`| search latency p99 | ${ms(percentile(latencies, 99))} |`);
console.log('\n| configuration | recall@3 | MRR |\n|---|---|---|');
console.log(
  `| ours (French stemmer, stop words, accents, elisions, synonyms, typos, boosts) | ${ours.recall.toFixed(3)} | ${ours.mrr.toFixed(3)} |`,
);
console.log(`| Orama default configuration | ${defaults.recall.toFixed(3)} | ${defaults.mrr.toFixed(3)} |`);
