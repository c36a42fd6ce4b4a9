/** @module Recognises free-text document names ("feuilles de présence", "facture") through the data synonyms. */
import type { DocumentValue } from '../parameters/value-shapes';
import { matchKey } from '../shared/normalize-words';
import type { RuleReader } from '../shared/rule-reader';

export type DocumentMatch = { input: string; codes: string[] };

/**
 * Codes whose synonyms appear in each input, as whole words; a synonym contained in a longer matching
 * synonym of another document is ignored ("convention tripartite" is not "convention").
 */
export function matchDocuments(rules: RuleReader, documents: string[], date: string): DocumentMatch[] {
  const catalogue = rules.names('document.').flatMap((name) => {
    const value = rules.valueAt<DocumentValue>(name, date)?.value;
    return value ? [{ code: name.slice('document.'.length), keys: value.synonyms.map(matchKey) }] : [];
  });
  return documents.map((input) => {
    const text = ` ${matchKey(input)} `;
    const hits = catalogue.flatMap((entry) =>
      entry.keys.filter((key) => text.includes(` ${key} `)).map((key) => ({ code: entry.code, key })),
    );
    const kept = hits.filter(
      (hit) =>
        !hits.some(
          (other) =>
            other.code !== hit.code &&
            other.key.length > hit.key.length &&
            ` ${other.key} `.includes(` ${hit.key} `),
        ),
    );
    return { input, codes: [...new Set(kept.map((hit) => hit.code))] };
  });
}
