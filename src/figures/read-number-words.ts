/** @module Reads numbers written in words, French and English ("mille cinq cents", "quatre-vingt-dix", "two thousand"). */

const UNITS: Record<string, number> = {
  zero: 0,
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
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const HUNDRED = new Set(['cent', 'cents', 'hundred']);
const SCALES: Record<string, number> = {
  mille: 1000,
  thousand: 1000,
  million: 1_000_000,
  millions: 1_000_000,
  milliard: 1_000_000_000,
  milliards: 1_000_000_000,
  billion: 1_000_000_000,
};
const LINKS = new Set(['et', 'and']);

/** Alternation of every number word, for regular expressions over normalised (accent-free, lower-case) text. */
export const NUMBER_WORD = [...Object.keys(UNITS), ...HUNDRED, ...Object.keys(SCALES)]
  .sort((left, right) => right.length - left.length)
  .join('|');

/** A run of number words joined by spaces, hyphens or "et"/"and", e.g. "mille cinq cents", "vingt et un". */
export const NUMBER_WORDS = String.raw`\b(?:${NUMBER_WORD})(?:(?:[\s-]+(?:et|and))?[\s-]+(?:${NUMBER_WORD}))*\b`;

/** The value of a run of number words, or undefined when a word is not a number word. */
export function readNumberWords(text: string): number | undefined {
  const words = text
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (LINKS.has(word)) continue;
    const unit = UNITS[word];
    if (unit !== undefined) {
      // why: "quatre-vingt(s)" is 4 × 20 in French.
      current =
        (word === 'vingt' || word === 'vingts') && current % 100 === 4 ? current + 76 : current + unit;
    } else if (HUNDRED.has(word)) {
      const below = current % 100 || 1;
      current = current - (current % 100) + below * 100;
    } else if (SCALES[word] !== undefined) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** Article forms that count one ("a month ago", "an hour"). */
const ONE = new Set(['a', 'an']);

/** One token: digits ("12", "1,5"), a number word ("vingt") or an article meaning one; undefined otherwise. */
export function readNumber(token: string | undefined): number | undefined {
  if (!token) return undefined;
  if (/^\d/.test(token)) return Number(token.replace(',', '.'));
  if (ONE.has(token)) return 1;
  return token.includes(' ') ? undefined : readNumberWords(token);
}
