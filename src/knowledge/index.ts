/** @module The knowledge base: guide sections and rule passages, validated at build time and loaded once. */
export { guideSectionFrontMatterSchema } from './guide-section-schema';
export type { KnowledgeBundle } from './knowledge-bundle';
export { KnowledgeValidationError } from './knowledge-validation-error';
export { getKnowledge, type Knowledge, loadKnowledge } from './load-knowledge';
export type { Confidence, Passage, Source } from './passage';
export { type Synonyms, synonymsSchema } from './synonyms-schema';
