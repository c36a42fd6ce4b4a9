/** @module Shape of the generated knowledge bundle (src/generated/knowledge-bundle.js), written by the build step. */
import type { SerializedSearchIndex } from '../search/build-search-index';
import type { RuleBook } from '../simulator/parameters/rule-book';
import type { Passage } from './passage';
import type { Synonyms } from './synonyms-schema';

export type KnowledgeBundle = {
  version: string;
  builtAt: string;
  passages: Passage[];
  synonyms: Synonyms;
  rules: RuleBook;
  searchIndex: SerializedSearchIndex;
};
