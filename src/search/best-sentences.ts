/** @module Picks the sentences of a passage that best match a query, for excerpts and offline answers. */
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { normalizeText, wordsOf } from './normalize-text';

const STOP_WORDS = new Set(frenchStopWords.map(normalizeText));
const stemCache = new Map<string, string>();

/** Stems of the words of a text, stop words left out; `keep` lists stop words to keep as they are. */
export function stemsOf(text: string, keep: readonly string[] = []): Set<string> {
  const stems = new Set<string>();
  for (const word of wordsOf(text)) {
    if (keep.includes(word)) stems.add(word);
    if (word.length <= 1 || STOP_WORDS.has(word)) continue;
    // why: the stemmer is the costly step of every answer, and users reuse a small vocabulary.
    let stem = stemCache.get(word);
    if (stem === undefined) {
      stem = frenchStemmer(word);
      if (stemCache.size < 50_000) stemCache.set(word, stem);
    }
    stems.add(stem);
  }
  return stems;
}

/** Splits Markdown prose into sentences and list items, without the list markers. */
export function splitSentences(markdown: string): string[] {
  return markdown
    .split(/\n+/)
    .flatMap((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«])/))
    .map((sentence) => sentence.replace(/^#+\s*/, '').trim())
    .filter((sentence) => sentence.length > 0);
}

export type AnalyzedSentence = { sentence: string; stems: Set<string> };

/** Sentences of a body with their stems, computed once per passage and reused by every query. */
export function analyzeSentences(body: string): AnalyzedSentence[] {
  return splitSentences(body).map((sentence) => ({ sentence, stems: stemsOf(sentence) }));
}

/**
 * Returns up to `count` sentences ranked by shared stems with the query, kept in their original order.
 * The first sentence gets a small bonus: guide sections open with their direct answer.
 */
export function rankSentences(
  sentences: readonly AnalyzedSentence[],
  queryStems: Set<string>,
  count: number,
): string[] {
  const scored = sentences.map(({ sentence, stems }, index) => {
    let overlap = 0;
    for (const stem of stems) if (queryStems.has(stem)) overlap += 1;
    return { sentence, index, score: overlap + (index === 0 ? 0.75 : 0) - index * 0.01 };
  });
  return scored
    .sort((left, right) => right.score - left.score)
    .slice(0, count)
    .sort((left, right) => left.index - right.index)
    .map((entry) => entry.sentence);
}

export function bestSentences(body: string, query: string, count: number): string[] {
  return rankSentences(analyzeSentences(body), stemsOf(query), count);
}
