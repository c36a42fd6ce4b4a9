/** @module French full-text search over the knowledge passages. Pure: no HTTP, no LLM. */
export {
  type AnalyzedSentence,
  analyzeSentences,
  bestSentences,
  rankSentences,
  splitSentences,
  stemsOf,
} from './best-sentences';
export { buildSearchIndex, type SerializedSearchIndex } from './build-search-index';
export {
  createPassageRanker,
  type PassageRanker,
  type PassageTopicStems,
  passageTopicStems,
  type RankedPassage,
  type RankOptions,
} from './create-passage-ranker';
export { createSearchDatabase } from './create-search-database';
export { detectLanguage, type Language, languageScores } from './detect-language';
export { normalizeText, wordsOf } from './normalize-text';
export {
  loadSearchIndex,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  searchKnowledge,
} from './search-index';
