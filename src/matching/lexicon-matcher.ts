/** @module The lexicon compiled for matching: finds concepts in a text by whole-token phrases, accents and case ignored. */

import { wordsOf } from '../search';
import type { Concept, ConceptKind, Lexicon } from './lexicon-schema';

export type ConceptHit = { id: string; kind: ConceptKind; start: number; end: number };

export type CompiledLexicon = {
  concepts: ReadonlyMap<string, Concept>;
  /** First token → phrases starting with it, longest first: the concepts, then the cues and units, read in a pass of their own. */
  phrases: ReadonlyMap<string, ReadonlyArray<{ tokens: string[]; id: string }>>;
  cuePhrases: ReadonlyMap<string, ReadonlyArray<{ tokens: string[]; id: string }>>;
};

type PhraseTable = Map<string, { tokens: string[]; id: string }[]>;

const tokensOf = (form: string) => wordsOf(form);

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const concepts = new Map(lexicon.concepts.map((concept) => [concept.id, concept]));
  const phrases: PhraseTable = new Map();
  const cuePhrases: PhraseTable = new Map();
  for (const concept of lexicon.concepts) {
    // why: cues and units ("contrat", "mois") often sit inside a longer concept phrase ("contrat signé", "mois avant").
    const table = concept.kind === 'cue' || concept.kind === 'unit' ? cuePhrases : phrases;
    const forms = [...concept.fr, ...concept.en, ...concept.abbreviations, ...concept.misspellings];
    for (const form of forms) {
      const tokens = tokensOf(form);
      const first = tokens[0];
      if (!first) continue;
      const list = table.get(first) ?? [];
      if (!list.some((entry) => entry.id === concept.id && entry.tokens.join(' ') === tokens.join(' ')))
        list.push({ tokens, id: concept.id });
      table.set(first, list);
    }
  }
  for (const table of [phrases, cuePhrases])
    for (const list of table.values()) list.sort((left, right) => right.tokens.length - left.tokens.length);
  return { concepts, phrases, cuePhrases };
}

/** Keeps the hits whose conditions hold: not right after a `notAfter` word, and followed by a `near` concept. */
function withConditions(
  lexicon: CompiledLexicon,
  tokens: readonly string[],
  hits: ConceptHit[],
): ConceptHit[] {
  return hits.filter((hit) => {
    const concept = lexicon.concepts.get(hit.id);
    if (!concept) return false;
    if (concept.notAfter?.includes(tokens[hit.start - 1] ?? '')) return false;
    if (!concept.near) return true;
    const near = concept.near;
    return hits.some(
      (other) => near.includes(other.id) && other.start >= hit.end && other.start < hit.end + concept.within,
    );
  });
}

/** Concepts named in the text, longest phrase first at each position; tokens are those of `wordsOf`. */
export function findConcepts(lexicon: CompiledLexicon, tokens: readonly string[]): ConceptHit[] {
  const hits = [
    ...rawHits(lexicon, lexicon.phrases, tokens),
    ...rawHits(lexicon, lexicon.cuePhrases, tokens),
  ];
  return withConditions(
    lexicon,
    tokens,
    hits.sort((left, right) => left.start - right.start),
  );
}

function rawHits(
  lexicon: CompiledLexicon,
  phrases: CompiledLexicon['phrases'],
  tokens: readonly string[],
): ConceptHit[] {
  const hits: ConceptHit[] = [];
  let index = 0;
  while (index < tokens.length) {
    const candidates = phrases.get(tokens[index] ?? '') ?? [];
    let matchedLength = 0;
    for (const candidate of candidates) {
      if (candidate.tokens.length < matchedLength) break;
      if (candidate.tokens.every((token, offset) => tokens[index + offset] === token)) {
        const kind = lexicon.concepts.get(candidate.id)?.kind;
        if (kind && !hits.some((hit) => hit.id === candidate.id && hit.start === index)) {
          hits.push({ id: candidate.id, kind, start: index, end: index + candidate.tokens.length });
          matchedLength = candidate.tokens.length;
        }
      }
    }
    index += Math.max(matchedLength, 1);
  }
  return hits;
}

/** The concepts of a text, once each. */
export function conceptsOf(lexicon: CompiledLexicon, text: string): string[] {
  return [...new Set(findConcepts(lexicon, wordsOf(text)).map((hit) => hit.id))];
}
