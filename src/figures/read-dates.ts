/** @module Dates written as dates in a normalised text: a format reader, roles and relative dates are the caller's. */
import { isoDate, MONTHS } from './calendar';

/** `vague`: only a year was given ("en 2026"), which dates a contract's rules but not a training start. */
export type DateMention = { iso: string; index: number; length: number; leadTime?: boolean; vague?: boolean };

const MONTH_NAMES = Object.keys(MONTHS).join('|');
/** Dates written as dates (ISO, 12/03/2026, 1er mars 2026, March 1, 2026, mars 2026, en 2026), with where they are. */
export function dateMentionsIn(text: string, today: string): DateMention[] {
  const mentions: DateMention[] = [];
  const push = (match: RegExpMatchArray, iso: string | undefined, leadTime = false, vague = false) => {
    if (iso) mentions.push({ iso, index: match.index ?? 0, length: match[0].length, leadTime, vague });
  };
  const currentYear = Number(today.slice(0, 4));
  for (const match of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    push(match, isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  }
  for (const match of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/g)) {
    if (!match[3] && /[.]/.test(match[0])) continue;
    const year = match[3] ? Number(match[3].length === 2 ? `20${match[3]}` : match[3]) : currentYear;
    push(match, isoDate(year, Number(match[2]), Number(match[1])));
  }
  for (const match of text.matchAll(
    new RegExp(String.raw`\b(\d{1,2})(?:er)? (${MONTH_NAMES})(?: (\d{4}))?\b`, 'g'),
  )) {
    const year = match[3] ? Number(match[3]) : currentYear;
    push(match, isoDate(year, MONTHS[match[2] ?? ''] ?? 0, Number(match[1])));
  }
  for (const match of text.matchAll(
    new RegExp(String.raw`\b(${MONTH_NAMES}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`, 'g'),
  )) {
    push(match, isoDate(Number(match[3]), MONTHS[match[1] ?? ''] ?? 0, Number(match[2])));
  }
  for (const match of text.matchAll(
    new RegExp(String.raw`\b(?:en |in |de |d')?(${MONTH_NAMES}) (\d{4})\b`, 'g'),
  )) {
    push(match, isoDate(Number(match[2]), MONTHS[match[1] ?? ''] ?? 0, 1));
  }
  for (const match of text.matchAll(/\b(?:en|in|pour|for|au cours de|durant|during|courant) (20\d{2})\b/g)) {
    const year = Number(match[1]);
    push(match, year === currentYear ? today : isoDate(year, 1, 1), false, true);
  }
  const sorted = mentions.sort((left, right) => left.index - right.index);
  return sorted.filter(
    (mention, position) =>
      !sorted.some(
        (other, otherPosition) =>
          otherPosition !== position &&
          other.index <= mention.index &&
          other.index + other.length >= mention.index + mention.length &&
          (other.length > mention.length || otherPosition < position),
      ),
  );
}
