/** @module Scope classifier: in scope, out of scope, prompt injection or abuse, from the lexicon's concepts in the redacted text. */
import { type CompiledLexicon, findConcepts } from '../../matching';
import { normalizeText, wordsOf } from '../../search';

/** `unclear`: nothing marks the text either way; the engine decides from retrieval and history. */
export type Scope = 'in_scope' | 'out_of_scope' | 'injection' | 'abuse' | 'unclear';

/** Chat-template and markup tokens ([INST], <|im_start|>, <system>, "system:" at a line start, <script): a format, not words. */
const ROLE_SPOOF =
  /\[\/?inst\]|<\|im_(?:start|end)\|>|<\/?(?:system|assistant|script)\b|(?:^|\n)\s*(?:system|systeme)\s*:|#{2,}\s*(?:system|instruction)/;

/** Kinds that name the domain outright; the weaker kinds (documents, money, sectors…) do not outweigh an off-topic subject. */
const STRONG_KINDS = new Set(['scheme', 'topic']);
const WEAK_KINDS = new Set(['document', 'cost', 'sector', 'level', 'unit', 'role', 'situation']);

/** Classifies one message. Attacks win over everything, then abuse, then domain words, then off-topic subjects. */
export function classifyScope(text: string, lexicon: CompiledLexicon): Scope {
  if (ROLE_SPOOF.test(normalizeText(text))) return 'injection';
  const hits = findConcepts(lexicon, wordsOf(text));
  const concepts = hits.flatMap((hit) => lexicon.concepts.get(hit.id) ?? []);
  if (concepts.some((concept) => concept.kind === 'injection')) return 'injection';
  if (concepts.some((concept) => concept.kind === 'abuse')) return 'abuse';
  if (concepts.some((concept) => STRONG_KINDS.has(concept.kind) && !concept.weak)) return 'in_scope';
  if (concepts.some((concept) => concept.kind === 'off_topic')) return 'out_of_scope';
  const weakDomain = concepts.some(
    (concept) => WEAK_KINDS.has(concept.kind) || concept.weak || concept.id === 'shape.how_much',
  );
  return weakDomain ? 'in_scope' : 'unclear';
}
