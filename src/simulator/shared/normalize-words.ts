/** @module Lower-case, accent-free, punctuation-free words for matching free text against data synonyms. */

export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** normalizeWords plus a crude French plural cut, so "cabinets comptables" matches "cabinet comptable". */
export function matchKey(text: string): string {
  return normalizeWords(text)
    .split(' ')
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word))
    .join(' ');
}
