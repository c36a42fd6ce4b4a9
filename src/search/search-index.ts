/** @module Loads a serialised index once, and searches it: French, accent-insensitive, typo-tolerant. */
import { load, search } from '@orama/orama';
import type { Passage, Source } from '../knowledge/passage';
import type { Synonyms } from '../knowledge/synonyms-schema';
import { bestSentences } from './best-sentences';
import type { SerializedSearchIndex } from './build-search-index';
import { createSearchDatabase, type SearchDatabase } from './create-search-database';
import { createQueryExpander, type QueryExpander } from './expand-query';

export type SearchHit = {
  id: string;
  kind: Passage['kind'];
  title: string;
  excerpt: string;
  source: Source;
  score: number;
  passage: Passage;
};

export type SearchOptions = { limit?: number; kind?: Passage['kind'] };

export type SearchIndex = {
  database: SearchDatabase;
  passages: ReadonlyMap<string, Passage>;
  expandQuery: QueryExpander;
};

export function loadSearchIndex(
  serialized: SerializedSearchIndex,
  passages: readonly Passage[],
  synonyms: Synonyms,
): SearchIndex {
  const database = createSearchDatabase();
  load(database, serialized.raw);
  return {
    database,
    passages: new Map(passages.map((passage) => [passage.id, passage])),
    expandQuery: createQueryExpander(serialized.vocabulary, synonyms),
  };
}

const EXCERPT_SENTENCES = 2;

/** Ranks passages for a free-text French (or English) query. Synchronous: the index is in memory. */
export function searchKnowledge(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 5;
  const term = index.expandQuery(query);
  if (!term) return [];
  const results = search(index.database, {
    term,
    properties: ['title', 'keywords', 'body'],
    boost: { title: 2, keywords: 1.5 },
    limit,
    ...(options.kind ? { where: { kind: { eq: options.kind } } } : {}),
  });
  if (results instanceof Promise) throw new Error('Orama search is expected to be synchronous');
  const hits: SearchHit[] = [];
  for (const hit of results.hits) {
    const passage = index.passages.get(hit.document.id);
    if (!passage) continue;
    hits.push({
      id: passage.id,
      kind: passage.kind,
      title: passage.title,
      excerpt: bestSentences(passage.body, term, EXCERPT_SENTENCES).join(' '),
      source: passage.source,
      score: Math.round(hit.score * 1000) / 1000,
      passage,
    });
  }
  return hits;
}
