/** @module Card matching: the lexicon, the features, the trained classifier and the answer/clarify/abstain decision. Pure. */
export { type CardModel, type CardScore, classify } from './card-classifier';
export { cardFeatures } from './card-features';
export {
  type CompiledLexicon,
  type ConceptHit,
  compileLexicon,
  conceptsOf,
  findConcepts,
} from './lexicon-matcher';
export {
  type CardMatch,
  type CardMatcher,
  createCardMatcher,
  decide,
  type MatchThresholds,
  questionSentences,
} from './match-card';
export { createOramaCardSearch, type OramaCardSearch } from './orama-card-search';
export { type Example, type TrainingOptions, trainCardClassifier } from './train-card-classifier';
