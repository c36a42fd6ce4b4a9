/** @module Approach (a) of the matcher comparison: Orama BM25 over the card questions, French pipeline, lexicon expansion. */
import { create, insertMultiple, search } from '@orama/orama';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { normalizeText } from '../search';
import type { CardScore } from './card-classifier';
import { type CompiledLexicon, conceptsOf } from './lexicon-matcher';

const stopWords = [...new Set([...frenchStopWords, ...frenchStopWords.map(normalizeText)])];
const stemmer = (word: string) => frenchStemmer(normalizeText(word));

/** The text plus the French forms of the concepts it names, so "apprenticeship" also finds "apprentissage". */
function expanded(text: string, lexicon: CompiledLexicon): string {
  const extra = conceptsOf(lexicon, text).flatMap((id) => lexicon.concepts.get(id)?.fr.slice(0, 2) ?? []);
  return `${text} ${extra.join(' ')}`;
}

export type OramaCardSearch = { scores(text: string): CardScore[] };

export function createOramaCardSearch(
  questions: ReadonlyArray<{ card: string; question: string }>,
  lexicon: CompiledLexicon,
): OramaCardSearch {
  const database = create({
    schema: { card: 'string', text: 'string' } as const,
    components: { tokenizer: { language: 'french', stemming: true, stemmer, stopWords } },
  });
  insertMultiple(
    database,
    questions.map((entry) => ({ card: entry.card, text: expanded(entry.question, lexicon) })),
  );
  return {
    scores(text) {
      const results = search(database, { term: expanded(text, lexicon), properties: ['text'], limit: 30 });
      if (results instanceof Promise) throw new Error('Orama search is expected to be synchronous');
      const best = new Map<string, number>();
      for (const hit of results.hits) {
        const card = String(hit.document.card);
        best.set(card, Math.max(best.get(card) ?? 0, hit.score));
      }
      // why: BM25 scores are unbounded; a softmax over the best score per card makes them comparable to probabilities.
      const entries = [...best.entries()];
      const max = Math.max(0, ...entries.map(([, score]) => score));
      const total = entries.reduce((sum, [, score]) => sum + Math.exp(score - max), 0) || 1;
      return entries
        .map(([card, score]) => ({ card, probability: Math.exp(score - max) / total }))
        .sort((left, right) => right.probability - left.probability);
    },
  };
}
