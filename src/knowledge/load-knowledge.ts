/** @module Loads the generated knowledge bundle once per process or isolate; no index is built per request. */
import bundle from '../generated/knowledge-bundle.js';
import { type CardMatcher, type CompiledLexicon, compileLexicon, createCardMatcher } from '../matching';
import { loadSearchIndex, type SearchIndex } from '../search';
import type { RuleBook } from '../simulator/parameters/rule-book';
import type { CompiledCard } from './answer-card-schema';
import type { KnowledgeBundle } from './knowledge-bundle';
import type { Passage } from './passage';

export type Knowledge = {
  version: string;
  builtAt: string;
  passages: ReadonlyMap<string, Passage>;
  rules: RuleBook;
  search: SearchIndex;
  topicStems: KnowledgeBundle['topicStems'];
  counts: { sections: number; rules: number; cards: number };
  cards: ReadonlyMap<string, CompiledCard>;
  lexicon: CompiledLexicon;
  matcher: CardMatcher;
};

export function loadKnowledge(source: KnowledgeBundle): Knowledge {
  const search = loadSearchIndex(source.searchIndex, source.passages, source.synonyms);
  const lexicon = compileLexicon(source.lexicon);
  return {
    version: source.version,
    builtAt: source.builtAt,
    passages: search.passages,
    rules: source.rules,
    search,
    topicStems: source.topicStems,
    counts: {
      sections: source.passages.filter((passage) => passage.kind === 'guide').length,
      rules: source.passages.filter((passage) => passage.kind === 'rule').length,
      cards: source.cards.length,
    },
    cards: new Map(source.cards.map((card) => [card.id, card])),
    lexicon,
    matcher: createCardMatcher(source.cardModel, lexicon, source.matching),
  };
}

let cached: Knowledge | undefined;

/** The knowledge built by `npm run build:knowledge`, loaded lazily and kept for the life of the runtime. */
export function getKnowledge(): Knowledge {
  cached ??= loadKnowledge(bundle);
  return cached;
}
