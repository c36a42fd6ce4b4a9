import { getKnowledge } from './src/knowledge';
import { createPassageRanker } from './src/chat/act/create-passage-ranker';
import { searchHints } from './src/chat/understand/search-hints';
const rank = createPassageRanker(getKnowledge().search);
const q = process.argv[2];
for (const kind of [undefined, 'rule'] as const) {
  console.log('kind', kind);
  for (const h of rank(q, { limit: 5, kind, hints: searchHints(q) })) console.log('  ', h.score.toFixed(2), h.coverage.toFixed(2), h.passage.id);
}
