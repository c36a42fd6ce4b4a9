/** @module Build-time indexing: passages → serialised Orama data plus the vocabulary used for typo fixes. */
import { insertMultiple, save } from '@orama/orama';
import type { Passage } from '../knowledge/passage';
import { createSearchDatabase } from './create-search-database';
import { wordsOf } from './normalize-text';

export type SerializedSearchIndex = {
  raw: ReturnType<typeof save>;
  vocabulary: string[];
};

export function buildSearchIndex(passages: readonly Passage[]): SerializedSearchIndex {
  const database = createSearchDatabase();
  insertMultiple(
    database,
    passages.map((passage) => ({
      id: passage.id,
      kind: passage.kind,
      title: passage.title,
      keywords: passage.keywords.join(' ; '),
      body: passage.body,
    })),
  );
  const vocabulary = new Set<string>();
  for (const passage of passages) {
    for (const word of wordsOf(`${passage.title} ${passage.keywords.join(' ')} ${passage.body}`)) {
      if (word.length >= 4 && !/\d/.test(word)) vocabulary.add(word);
    }
  }
  return { raw: save(database), vocabulary: [...vocabulary].sort() };
}
