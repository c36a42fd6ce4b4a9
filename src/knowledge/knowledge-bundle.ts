/** @module Shape of the generated knowledge bundle (src/generated/knowledge-bundle.js), written by the build step. */

import type { CardModel } from '../matching/card-classifier';
import type { Lexicon } from '../matching/lexicon-schema';
import type { SerializedSearchIndex } from '../search/build-search-index';
import type { PassageTopicStems } from '../search/create-passage-ranker';
import type { RuleBook } from '../simulator/parameters/rule-book';
import type { CompiledCard } from './answer-card-schema';
import type { MatchingSettings } from './matching-settings-schema';
import type { Passage } from './passage';
import type { Synonyms } from './synonyms-schema';

export type KnowledgeBundle = {
  version: string;
  builtAt: string;
  passages: Passage[];
  synonyms: Synonyms;
  rules: RuleBook;
  searchIndex: SerializedSearchIndex;
  /** Per passage, the stems the answer engine ranks on (computed at build time, not per isolate). */
  topicStems: Record<string, PassageTopicStems>;
  /** Answer cards with their answers rendered from the rules. */
  cards: CompiledCard[];
  lexicon: Lexicon;
  /** The card classifier, trained on the cards' questions at build time. */
  cardModel: CardModel;
  matching: MatchingSettings;
};
