/** @module Loads a serialised index once, and searches it: French, accent-insensitive, typo-tolerant. */
import { load, search } from '@orama/orama';
import type { Passage, Source } from '../knowledge/passage';
import type { Synonyms } from '../knowledge/synonyms-schema';
import { type AnalyzedSentence, analyzeSentences, rankSentences, stemsOf } from './best-sentences';
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

/** `excerpts: false` skips sentence ranking when only the order is needed. */
export type SearchOptions = { limit?: number; kind?: Passage['kind']; excerpts?: boolean };

export type SearchIndex = {
  database: SearchDatabase;
  passages: ReadonlyMap<string, Passage>;
  expandQuery: QueryExpander;
  /** Sentences of a passage with their stems, analysed on first use and kept. */
  sentencesOf(passageId: string): readonly AnalyzedSentence[];
};

export function loadSearchIndex(
  serialized: SerializedSearchIndex,
  passages: readonly Passage[],
  synonyms: Synonyms,
): SearchIndex {
  const database = createSearchDatabase();
  load(database, serialized.raw);
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const analyzed = new Map<string, AnalyzedSentence[]>();
  return {
    database,
    passages: byId,
    expandQuery: createQueryExpander(serialized.vocabulary, synonyms),
    sentencesOf(passageId) {
      let sentences = analyzed.get(passageId);
      if (!sentences) {
        sentences = analyzeSentences(byId.get(passageId)?.body ?? '');
        analyzed.set(passageId, sentences);
      }
      return sentences;
    },
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
  const queryStems = options.excerpts === false ? new Set<string>() : stemsOf(term);
  const hits: SearchHit[] = [];
  for (const hit of results.hits) {
    const passage = index.passages.get(hit.document.id);
    if (!passage) continue;
    hits.push({
      id: passage.id,
      kind: passage.kind,
      title: passage.title,
      excerpt:
        options.excerpts === false
          ? ''
          : rankSentences(index.sentencesOf(passage.id), queryStems, EXCERPT_SENTENCES).join(' '),
      source: passage.source,
      score: Math.round(hit.score * 1000) / 1000,
      passage,
    });
  }
  return hits;
}
