/** @module Features of a question for the card classifier: stemmed words and pairs, character 4-grams, lexicon concepts. */
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { wordsOf } from '../search';
import { type CompiledLexicon, findConcepts } from './lexicon-matcher';

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = frenchStemmer(word);
    if (stemCache.size < 50_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Every feature of a text, once each; question words are kept, since "combien" and "quand" ask different things. */
export function cardFeatures(text: string, lexicon: CompiledLexicon): string[] {
  const tokens = wordsOf(text);
  const features = new Set<string>();
  const stems = tokens.filter((token) => token.length > 1 || /\d/.test(token)).map(stem);
  for (const [index, value] of stems.entries()) {
    features.add(`w:${value}`);
    const next = stems[index + 1];
    if (next) features.add(`b:${value}_${next}`);
  }
  for (const token of tokens) {
    if (token.length < 4 || /^\d+$/.test(token)) continue;
    const padded = `_${token}_`;
    for (let start = 0; start + 4 <= padded.length; start += 1)
      features.add(`c:${padded.slice(start, start + 4)}`);
  }
  // why: cues ("avant", "contrat" before a date) mark grammar, not the need: as features they only add noise.
  for (const hit of findConcepts(lexicon, tokens)) if (hit.kind !== 'cue') features.add(`k:${hit.id}`);
  return [...features];
}
