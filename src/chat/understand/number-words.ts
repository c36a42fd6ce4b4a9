/** @module Small numbers written as words ("deux salariés", "un mois"), French and English. */

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  cinquante: 50,
  cent: 100,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
};

/** Alternation for regular expressions: digits or a number word. */
export const NUMBER_TOKEN = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;

/** Reads digits ("12", "1,5") or a number word; undefined otherwise. */
export function readNumber(token: string | undefined): number | undefined {
  if (!token) return undefined;
  if (/^\d/.test(token)) return Number(token.replace(',', '.'));
  return NUMBER_WORDS[token];
}
