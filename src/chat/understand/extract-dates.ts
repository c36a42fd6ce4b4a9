/** @module Dates in a question: relative ("demain", "dans un mois", "un mois avant") and explicit ones, with their role. */
import { addDays, addMonths, isoDate, MONTHS } from './calendar';
import { NUMBER_TOKEN, readNumber } from './number-words';

export type DateSlots = {
  startDate?: string;
  requestDate?: string;
  contractDate?: string;
  /** The start is said to be in the past ("a déjà commencé"), even without a precise date. */
  startedAlready?: boolean;
  /** A year mentioned on its own ("en 2026"): dates the rules that apply, never a deadline. */
  periodDate?: string;
};

/** `vague`: only a year was given ("en 2026"), which dates a contract's rules but not a training start. */
type Mention = { iso: string; index: number; length: number; leadTime?: boolean; vague?: boolean };

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const UNIT = '(jours?|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?)';

function shift(today: string, amount: number, unit: string): string {
  if (/^(jour|day)/.test(unit)) return addDays(today, amount);
  if (/^(semaine|week)/.test(unit)) return addDays(today, amount * 7);
  if (/^(mois|month)/.test(unit)) return addMonths(today, amount);
  return addMonths(today, amount * 12);
}

function mentionsIn(text: string, today: string): Mention[] {
  const mentions: Mention[] = [];
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
  for (const match of text.matchAll(
    /\b(aujourd'hui|today|apres-demain|apres demain|demain|tomorrow|hier|yesterday)\b/g,
  )) {
    const word = match[1] ?? '';
    const days = /apres/.test(word)
      ? 2
      : /demain|tomorrow/.test(word)
        ? 1
        : /hier|yesterday/.test(word)
          ? -1
          : 0;
    push(match, addDays(today, days));
  }
  for (const match of text.matchAll(
    new RegExp(String.raw`\b(?:dans|in|d'ici) ${NUMBER_TOKEN} ${UNIT}\b`, 'g'),
  )) {
    push(match, shift(today, readNumber(match[1]) ?? 0, match[2] ?? ''));
  }
  for (const match of text.matchAll(
    new RegExp(String.raw`\b(?:il y a ${NUMBER_TOKEN} ${UNIT}|${NUMBER_TOKEN} ${UNIT} ago)\b`, 'g'),
  )) {
    const amount = readNumber(match[1] ?? match[3]) ?? 0;
    push(match, shift(today, -amount, match[2] ?? match[4] ?? ''));
  }
  // why: "déposé un mois avant" describes the lead time between the request (today) and the start.
  for (const match of text.matchAll(
    new RegExp(String.raw`\b${NUMBER_TOKEN} ${UNIT} (?:avant|before|in advance|a l'avance|en avance)\b`, 'g'),
  )) {
    push(match, shift(today, readNumber(match[1]) ?? 0, match[2] ?? ''), true);
  }
  for (const match of text.matchAll(
    /\b(la semaine prochaine|next week|le mois prochain|next month|l'an prochain|l'annee prochaine|next year|la semaine derniere|last week|le mois dernier|last month)\b/g,
  )) {
    const phrase = match[1] ?? '';
    const sign = /derni|last/.test(phrase) ? -1 : 1;
    const iso = /semaine|week/.test(phrase)
      ? addDays(today, 7 * sign)
      : /mois|month/.test(phrase)
        ? addMonths(today, sign)
        : addMonths(today, 12 * sign);
    push(match, iso);
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

const START_WORDS =
  /(commen\w*|debut\w*|demarr\w*|start\w*|begin\w*|session|formation|training|course|a partir d\w*|rentree|entree en formation)\W+(?:\w+\W+){0,4}$/;
const REQUEST_WORDS =
  /(depos\w*|depot|demande|envoy\w*|soumi\w*|transmi\w*|filed|submitted|request\w*|applied)\W+(?:\w+\W+){0,4}$/;
const CONTRACT_WORDS =
  /(contrat|signe\w*|signature|embauch\w*|recrut\w*|hired|signed|contract)\W+(?:\w+\W+){0,5}$/;
const STARTED_ALREADY =
  /\b(deja (commence|demarre|debute)|a (deja )?(commence|demarre|debute)|est (deja )?(en cours|commencee|demarree)|has (already )?(started|begun)|already (started|begun)|(apres|after) (le debut|le demarrage|the start))\b/;

/** Finds the dates of a normalised question and decides which one is the start, the request or the contract. */
export function extractDates(text: string, today: string): DateSlots {
  const slots: DateSlots = {};
  if (STARTED_ALREADY.test(text)) slots.startedAlready = true;
  for (const mention of mentionsIn(text, today)) {
    const before = text.slice(Math.max(0, mention.index - 60), mention.index);
    if (mention.vague && !CONTRACT_WORDS.test(before)) {
      slots.periodDate ??= mention.iso;
    } else if (mention.leadTime) {
      slots.startDate ??= mention.iso;
      slots.requestDate ??= today;
    } else if (CONTRACT_WORDS.test(before)) {
      slots.contractDate ??= mention.iso;
    } else if (REQUEST_WORDS.test(before) && !START_WORDS.test(before.slice(-25))) {
      slots.requestDate ??= mention.iso;
    } else if (START_WORDS.test(before) || !slots.startDate) {
      if (slots.startDate) slots.contractDate ??= mention.iso;
      else slots.startDate = mention.iso;
    }
  }
  return slots;
}
