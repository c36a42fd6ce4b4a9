/** @module Glues amounts to their digits and units with non-breaking spaces, so "1 200 € HT" never wraps. */

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';
const DIGIT_GROUPS = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g;
const NUMBER_UNIT = /(\d)[ \u00a0\u202f]+(?=€|%|euros?\b|h\b|heures?\b|jours?\b|mois\b|ans?\b)/g;
const EURO_TAX = /€[ \u00a0\u202f]+(?=HT\b|TTC\b)/g;

export function keepAmountsTogether(text: string): string {
  return text
    .replace(DIGIT_GROUPS, (number) => number.replace(/[ \u00a0]/g, NARROW_NBSP))
    .replace(NUMBER_UNIT, `$1${NBSP}`)
    .replace(EURO_TAX, `€${NBSP}`);
}
