/** @module One reading of a message (normalised text, words, lexicon concepts), shared by every slot reader. */
import { type CompiledLexicon, type ConceptHit, findConcepts } from '../../matching';
import { normalizeText, wordsOf } from '../../search';

export type MessageReading = {
  lexicon: CompiledLexicon;
  /** Lower case, accents removed, spaces collapsed: what format readers (dates, amounts, codes) scan. */
  text: string;
  tokens: string[];
  hits: ConceptHit[];
};

export function readMessage(message: string, lexicon: CompiledLexicon): MessageReading {
  const text = normalizeText(message).replace(/\s+/g, ' ');
  const tokens = wordsOf(text);
  return { lexicon, text, tokens, hits: findConcepts(lexicon, tokens) };
}
