/** @module The grounding check: every amount, percentage, duration and date in an answer must appear in its evidence. */
import { normalizeText } from '../../search';
import type { Citation, ToolCall } from '../answer-contract';
import { MONTHS } from '../understand/calendar';

export type FigureKind = 'amount' | 'percent' | 'duration' | 'date';

/** A figure written in prose, with the numbers that must all be found in the evidence. */
export type Figure = { raw: string; kind: FigureKind; values: number[] };

const MONTH_NAMES = Object.keys(MONTHS).join('|');

/** Lower case, no accents, plain apostrophes and spaces: the same normalisation as the evaluation script. */
export const normalizeForFigures = normalizeText;

const NUMBER = String.raw`(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d+))?`;
const AMOUNT = new RegExp(String.raw`${NUMBER}\s?(?:k\s?)?(€|euros?\b|eur\b|%|pour ?cent\b|percent\b)`, 'g');
const DURATION =
  /(\d+(?:[,.]\d+)?)\s?(h\b|heures?\b|hours?\b|jours?\b|days?\b|semaines?\b|weeks?\b|mois\b|months?\b|ans\b|an\b|annees?\b|years?\b)/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/g;
const WORD_DATE = new RegExp(String.raw`\b(?:(\d{1,2})(?:er)? )?(${MONTH_NAMES}) (\d{4})\b`, 'g');
const ENGLISH_DATE = new RegExp(String.raw`\b(${MONTH_NAMES}) (\d{1,2}),? (\d{4})\b`, 'g');
const YEAR = /\b(?:19|20)\d{2}\b/g;

const toNumber = (integerPart: string, decimalPart?: string) =>
  Number(`${integerPart.replace(/[ .]/g, '')}${decimalPart ? `.${decimalPart}` : ''}`);

/** Every figure the grounding rule covers, in reading order. */
export function figuresIn(text: string): Figure[] {
  const normalized = normalizeForFigures(text);
  const figures: Array<Figure & { index: number }> = [];
  const taken: Array<[number, number]> = [];
  const add = (match: RegExpMatchArray, kind: FigureKind, values: number[]) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken.some(([from, to]) => start < to && end > from)) return;
    taken.push([start, end]);
    figures.push({ raw: match[0].trim(), kind, values, index: start });
  };
  for (const match of normalized.matchAll(ISO_DATE)) {
    add(match, 'date', [Number(match[1]), Number(match[2]), Number(match[3])]);
  }
  for (const match of normalized.matchAll(SLASH_DATE)) {
    add(match, 'date', [Number(match[1]), Number(match[2]), Number(match[3])]);
  }
  for (const match of normalized.matchAll(WORD_DATE)) {
    add(match, 'date', [...(match[1] ? [Number(match[1])] : []), Number(match[3])]);
  }
  for (const match of normalized.matchAll(ENGLISH_DATE)) {
    add(match, 'date', [Number(match[2]), Number(match[3])]);
  }
  for (const match of normalized.matchAll(AMOUNT)) {
    const unit = match[3] ?? '';
    const value = toNumber(match[1] ?? '0', match[2]);
    const thousands = /\d\s?k\s?(€|eur)/.test(match[0]);
    add(match, /%|cent/.test(unit) ? 'percent' : 'amount', [thousands ? value * 1000 : value]);
  }
  for (const match of normalized.matchAll(DURATION)) {
    add(match, 'duration', [Number((match[1] ?? '0').replace(',', '.'))]);
  }
  for (const match of normalized.matchAll(YEAR)) add(match, 'date', [Number(match[0])]);
  return figures
    .sort((left, right) => left.index - right.index)
    .map(({ index: _index, ...figure }) => figure);
}

const ANY_NUMBER = /\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/g;

/** Every number written in the evidence, reading "1 200" and "1.200" as thousands and "9,15" as a decimal. */
export function numbersIn(text: string): Set<number> {
  const values = new Set<number>();
  for (const match of normalizeForFigures(text).matchAll(ANY_NUMBER)) {
    const raw = match[0];
    if (/^\d{1,3}([ .]\d{3})+(,\d+)?$/.test(raw)) {
      const [integerPart = '0', decimalPart] = raw.split(',');
      values.add(toNumber(integerPart, decimalPart));
    } else {
      values.add(Number(raw.replace(',', '.')));
    }
  }
  return values;
}

/** The text a response's figures may come from: citation titles and excerpts, tool inputs and outputs. */
export function evidenceOf(response: {
  citations: readonly Citation[];
  toolCalls: readonly ToolCall[];
}): string {
  return [
    ...response.citations.map((citation) => `${citation.title} ${citation.excerpt}`),
    JSON.stringify(response.toolCalls),
  ].join('\n');
}

/** Figures of `answer` with at least one number missing from `evidence`. Empty means grounded. */
export function findUngroundedFigures(answer: string, evidence: string | Set<number>): Figure[] {
  const known = typeof evidence === 'string' ? numbersIn(evidence) : evidence;
  return figuresIn(answer).filter((figure) => figure.values.some((value) => !known.has(value)));
}

/** Drops every line of a Markdown text that carries an ungrounded figure (a line is a paragraph or a list item). */
export function dropUngroundedLines(text: string, evidence: string | Set<number>): string {
  const known = typeof evidence === 'string' ? numbersIn(evidence) : evidence;
  return text
    .split('\n')
    .filter((line) => findUngroundedFigures(line, known).length === 0)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
