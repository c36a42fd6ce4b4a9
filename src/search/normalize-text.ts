/** @module Text normalisation shared by indexing and querying: lower case, no accents, plain apostrophes. */

export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
}

/** Words of a text, normalised, with French elisions (l', d', qu'…) removed; "j'" is kept as "je" (who speaks matters). */
export function wordsOf(text: string): string[] {
  return normalizeText(text)
    .replace(/\bj'/g, 'je ')
    .replace(/\b(?:l|d|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/g, ' ')
    .split(/[^a-z0-9+]+/)
    .filter(Boolean);
}
