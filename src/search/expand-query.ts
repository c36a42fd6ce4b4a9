/** @module Query rewriting: typo correction against the index vocabulary, then synonym expansion. */
import type { Synonyms } from '../knowledge/synonyms-schema';
import { normalizeText, wordsOf } from './normalize-text';

/** Rewrites a query for search; `correct` alone fixes typos against the vocabulary (no synonyms). */
export type QueryExpander = ((query: string) => string) & { correct: (query: string) => string };

const previousRow = new Int32Array(64);
const currentRow = new Int32Array(64);

/** Levenshtein distance with an early exit once `limit` is exceeded (words up to 63 letters). */
function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit || right.length >= 64) return limit + 1;
  for (let j = 0; j <= right.length; j++) previousRow[j] = j;
  for (let i = 1; i <= left.length; i++) {
    currentRow[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left.charCodeAt(i - 1) === right.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previousRow[j]! + 1, currentRow[j - 1]! + 1, previousRow[j - 1]! + cost);
      currentRow[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previousRow.set(currentRow.subarray(0, right.length + 1));
  }
  return previousRow[right.length]!;
}

export function createQueryExpander(vocabulary: readonly string[], synonyms: Synonyms): QueryExpander {
  const known = new Set(vocabulary);
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    const bucket = byLength.get(word.length) ?? [];
    bucket.push(word);
    byLength.set(word.length, bucket);
  }
  const groups = synonyms.groups.map((group) => ({
    patterns: group.when.map((phrase) => new RegExp(`(?:^| )${normalizeText(phrase)}(?= |$)`)),
    add: group.add,
  }));

  // why: only longer words are corrected, so short acronyms (OF, CFA, VAE) are never "fixed" into other words.
  const correct = (word: string): string => {
    if (word.length < 5 || known.has(word) || /\d/.test(word)) return word;
    const limit = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = limit + 1;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        // why: a typo rarely hits both of the first two letters; this skips most candidates cheaply.
        if (candidate[0] !== word[0] && candidate[1] !== word[1]) continue;
        const distance = editDistance(word, candidate, limit);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best;
  };

  const expand = (query: string) => {
    const words = wordsOf(query).map(correct);
    const sentence = ` ${words.join(' ')} `;
    const additions = groups.filter((group) => group.patterns.some((pattern) => pattern.test(sentence)));
    return [words.join(' '), ...additions.map((group) => group.add)].join(' ').trim();
  };
  return Object.assign(expand, { correct: (query: string) => wordsOf(query).map(correct).join(' ') });
}
