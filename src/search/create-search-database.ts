/** @module The Orama database configured for French: stemming on accent-free words, French stop words. */
import { create } from '@orama/orama';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { normalizeText } from './normalize-text';

export const SEARCH_SCHEMA = {
  id: 'string',
  kind: 'enum',
  title: 'string',
  keywords: 'string',
  body: 'string',
} as const;

// why: the French stemmer keys on accented suffixes ("-ité"), so "eligibilite" and "éligibilité" would stem
// differently; stripping accents first makes both sides of the index agree.
const stemmer = (word: string): string => frenchStemmer(normalizeText(word));

// why: users type without accents ("ete", "deja"); the stop-word list must match those spellings too.
const stopWords = [...new Set([...frenchStopWords, ...frenchStopWords.map(normalizeText)])];

export function createSearchDatabase() {
  return create({
    schema: SEARCH_SCHEMA,
    components: {
      tokenizer: { language: 'french', stemming: true, stemmer, stopWords },
    },
  });
}

export type SearchDatabase = ReturnType<typeof createSearchDatabase>;
