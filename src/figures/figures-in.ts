/** @module Finds the figures of a text with their unit: euros, percentages, durations (hours, days, weeks, months, years) and dates. */
import { normalizeText } from '../search';
import { MONTHS } from './calendar';
import { NUMBER_WORDS, readNumberWords } from './read-number-words';

export type Unit = 'eur' | 'percent' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A figure written in prose. A date's `value` is its year and `date` its most precise key ("2025", "2025-07", "2025-07-01"). */
export type Figure =
  | { raw: string; unit: Unit; value: number; index: number; alternative?: number }
  | { raw: string; unit: 'date'; value: number; date: string; index: number };

/** Lower case, no accents, plain apostrophes and spaces: the same normalisation as the evaluation script. */
export const normalizeForFigures = normalizeText;

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const DIGITS = String.raw`\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`(?:\s?(k|m)(?=\s?(?:€|eur))|\s(mille|millions?|milliards?)(?:\s(?:d'|de\s))?)?`;
const UNIT_WORDS: Array<[Unit, string]> = [
  ['eur', String.raw`€|euros?\b|eur\b`],
  ['percent', String.raw`%|pour ?cents?\b|per ?cent\b`],
  ['hour', String.raw`h\b|heures?\b|hours?\b|hrs?\b`],
  ['day', String.raw`jours?\b|days?\b`],
  ['week', String.raw`semaines?\b|weeks?\b`],
  ['month', String.raw`mois\b|months?\b`],
  ['year', String.raw`ans\b|an\b|annees?\b|years?\b`],
];
const UNIT = UNIT_WORDS.map(([unit, words]) => `(?<${unit}>${words})`).join('|');
const DIGIT_FIGURE = new RegExp(String.raw`(?<![\w,.])(?<number>${DIGITS})${SCALE}\s?(?:${UNIT})`, 'g');
// why: amounts written in words are read for money and percentages only ("un mois" is too common to check).
const WORD_FIGURE = new RegExp(
  String.raw`(?<words>${NUMBER_WORDS})\s(?:d')?(?:(?<eur>euros?\b)|(?<percent>pour ?cents?\b|per ?cent\b))`,
  'g',
);
/** "entre 1 000 et 2 000 €": the first number takes the unit of the second. */
const RANGE_START = new RegExp(
  String.raw`(?:\b(?:entre|de|du|from|between)\s)(${DIGITS})\s?(?:et|a|au|and|to|-|–)\s?$`,
);
const LOOSE_RANGE_START = new RegExp(String.raw`(${DIGITS})\s?(?:et|a|au|ou|and|to|or|-|–)\s?$`);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const WORD_DATE = new RegExp(String.raw`\b(?:(\d{1,2})(?:er)? )?(${MONTH_NAMES}) (\d{4})\b`, 'g');
const ENGLISH_DATE = new RegExp(String.raw`\b(${MONTH_NAMES}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`, 'g');
const YEAR = /(?<![\d,.])(?:19|20)\d{2}(?!\d|[,.]\d)/g;

/** "1,200" reads 1.2 in French and 1200 in English: the English reading is kept as an alternative. */
const englishThousands = (raw: string) =>
  /^\d{1,3}(?:,\d{3})+$/.test(raw) ? Number(raw.replaceAll(',', '')) : undefined;

/** Reads "1 200" and "1.200" as thousands, "9,15" and "9.15" as decimals. */
export function readDigits(raw: string): number {
  if (/^\d{1,3}(?:[ .]\d{3})+(?:,\d+)?$/.test(raw)) {
    const [integerPart = '0', decimalPart] = raw.split(',');
    return Number(`${integerPart.replace(/[ .]/g, '')}${decimalPart ? `.${decimalPart}` : ''}`);
  }
  return Number(raw.replace(',', '.'));
}

const SCALES: Record<string, number> = { k: 1000, m: 1_000_000, mille: 1000, million: 1e6, millions: 1e6 };
const scaleOf = (token: string | undefined) => (token ? (SCALES[token] ?? 1e9) : 1);

/** Rounded to the cent, so 2,1 k€ and 2 100 € compare equal. */
export const roundFigure = (value: number) => Math.round(value * 100) / 100;

const pad = (value: number) => String(value).padStart(2, '0');
const dateKey = (year: number, month?: number, day?: number) =>
  [year, ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-');

const unitOf = (groups: Record<string, string | undefined>) =>
  UNIT_WORDS.find(([unit]) => groups[unit] !== undefined)?.[0];

/**
 * Every figure of a text, in reading order. `looseRanges` lets "1 000 ou 2 000 €" give both numbers the unit,
 * which evidence may use; answers only get ranges opened by "entre" or "de".
 */
export function figuresIn(text: string, options: { looseRanges?: boolean } = {}): Figure[] {
  const normalized = normalizeForFigures(text);
  const figures: Figure[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([from, to]) => start < to && end > from);
  const add = (figure: Figure, end: number) => {
    if (!free(figure.index, end)) return;
    taken.push([figure.index, end]);
    figures.push(figure);
  };
  const addDate = (match: RegExpMatchArray, year: number, month?: number, day?: number) => {
    const index = match.index ?? 0;
    add(
      { raw: match[0], unit: 'date', value: year, date: dateKey(year, month, day), index },
      index + match[0].length,
    );
  };
  for (const match of normalized.matchAll(ISO_DATE))
    addDate(match, Number(match[1]), Number(match[2]), Number(match[3]));
  for (const match of normalized.matchAll(SLASH_DATE))
    addDate(match, Number(match[3]), Number(match[2]), Number(match[1]));
  for (const match of normalized.matchAll(WORD_DATE))
    addDate(match, Number(match[3]), MONTHS[match[2] ?? ''], match[1] ? Number(match[1]) : undefined);
  for (const match of normalized.matchAll(ENGLISH_DATE))
    addDate(match, Number(match[3]), MONTHS[match[1] ?? ''], Number(match[2]));

  const rangeStart = options.looseRanges ? LOOSE_RANGE_START : RANGE_START;
  const addWithRange = (match: RegExpMatchArray, unit: Unit, value: number, alternative?: number) => {
    const index = match.index ?? 0;
    const figure = { raw: match[0].trim(), unit, value: roundFigure(value), index };
    add(alternative === undefined ? figure : { ...figure, alternative }, index + match[0].length);
    const before = rangeStart.exec(normalized.slice(Math.max(0, index - 40), index));
    if (before?.[1]) {
      const start = index - before[0].length + before[0].indexOf(before[1]);
      add(
        { raw: before[1], unit, value: roundFigure(readDigits(before[1])), index: start },
        start + before[1].length,
      );
    }
  };
  for (const match of normalized.matchAll(DIGIT_FIGURE)) {
    const groups = match.groups ?? {};
    const unit = unitOf(groups);
    if (!unit) continue;
    const scale = scaleOf(match[2] ?? match[3]);
    const alternative = englishThousands(groups.number ?? '');
    addWithRange(
      match,
      unit,
      readDigits(groups.number ?? '0') * scale,
      alternative === undefined ? undefined : alternative * scale,
    );
  }
  for (const match of normalized.matchAll(WORD_FIGURE)) {
    const value = readNumberWords(match.groups?.words ?? '');
    if (value === undefined) continue;
    addWithRange(match, match.groups?.eur ? 'eur' : 'percent', value);
  }
  for (const match of normalized.matchAll(YEAR)) addDate(match, Number(match[0]));
  return figures.sort((left, right) => left.index - right.index);
}
