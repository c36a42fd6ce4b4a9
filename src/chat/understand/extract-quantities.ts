/** @module Quantity slots: headcount, trainees (a number next to a lexicon unit), hours and cost (formats). */

import { readNumber } from '../../figures';
import { wordsOf } from '../../search';
import type { MessageReading } from './read-message';

export type QuantitySlots = {
  headcount?: number;
  hours?: number;
  costExclTax?: number;
  trainees?: number;
};

const HOURS = /\b(\d+(?:[.,]\d+)?)(?:\s*|-)(?:h|heures?|hours?|hrs?)\b(?!\s*\d)/;
// why: "1,500 euros" is English for one thousand five hundred; a French decimal never has three digits.
const EURO = /(\d{1,3}(?:[ .,]\d{3})+(?!\d)|\d+)(?:,(\d{1,2}))?\s*(k)?\s*(?:€|euros?\b|eur\b)/g;
/** "1 200 salariés": a group of three digits continues the number before it. */
const THOUSANDS_GROUP = /^\d{3}$/;

type Reading = MessageReading;

const hitEndingAt = (reading: Reading, id: string, end: number) =>
  reading.hits.some((hit) => hit.id === id && hit.end === end);
const hitWithin = (reading: Reading, id: string, from: number, to: number) =>
  reading.hits.some((hit) => hit.id === id && hit.start >= from && hit.start < to);

/** The number just before `index` (digits, "1 200", or a number word), with where it starts. */
function numberBefore(
  tokens: string[],
  index: number,
): { value: number; at: number; word: boolean } | undefined {
  const last = tokens[index - 1];
  const value = readNumber(last);
  if (value === undefined || !last) return undefined;
  const previous = tokens[index - 2];
  if (THOUSANDS_GROUP.test(last) && previous && /^\d{1,3}$/.test(previous))
    return { value: Number(`${previous}${last}`), at: index - 2, word: false };
  return { value, at: index - 1, word: !/^\d/.test(last) };
}

/** People counts: "12 salariés" is the company, "3 stagiaires" / "former 3 salariés" / "3 salariés à former" the trainees. */
function peopleCounts(reading: Reading): Pick<QuantitySlots, 'headcount' | 'trainees'> {
  const counts: Pick<QuantitySlots, 'headcount' | 'trainees'> = {};
  const training = reading.hits.some((hit) => hit.id === 'topic.formation');
  for (const hit of reading.hits) {
    if (hit.id !== 'unit.headcount' && hit.id !== 'unit.trainees') continue;
    const number = numberBefore(reading.tokens, hit.start);
    if (!number || !Number.isInteger(number.value) || number.value <= 0) continue;
    const toTrain =
      hit.id === 'unit.trainees' ||
      hitEndingAt(reading, 'cue.train_verb', number.at) ||
      hitWithin(reading, 'cue.to_train', hit.end, hit.end + 1) ||
      (training &&
        hitEndingAt(reading, 'cue.for', number.at) &&
        !hitWithin(reading, 'cue.within_company', hit.end, hit.end + 1));
    if (toTrain) {
      counts.trainees ??= number.value;
      continue;
    }
    // why: "un salarié" names a person, not the size of the company.
    if (number.word && number.value === 1) continue;
    if (counts.headcount !== undefined) continue;
    if (hitEndingAt(reading, 'cue.less_than', number.at)) counts.headcount = number.value - 1;
    else if (hitEndingAt(reading, 'cue.more_than', number.at)) counts.headcount = number.value + 1;
    else counts.headcount = number.value;
  }
  if (counts.headcount === undefined) {
    // "nous sommes 20", "effectif de 35": the number right after the lead, unless a unit says it counts something else.
    for (const lead of reading.hits.filter((hit) => hit.id === 'cue.headcount_lead')) {
      const value = readNumber(reading.tokens[lead.end]);
      const unitAfter = reading.hits.some((hit) => hit.kind === 'unit' && hit.start === lead.end + 1);
      if (value !== undefined && Number.isInteger(value) && value > 1 && !unitAfter) {
        counts.headcount = value;
        break;
      }
    }
  }
  return counts;
}

/** The training's cost: the amount named as a price, never an aid, a cap or a per-hour rate. */
function costOf(text: string, reading: Reading): number | undefined {
  const amounts = [...text.matchAll(EURO)].map((match) => {
    const value = Number(`${(match[1] ?? '0').replace(/[ .,]/g, '')}${match[2] ? `.${match[2]}` : ''}`);
    const at = wordsOf(text.slice(0, match.index)).length;
    const end = at + wordsOf(match[0]).length;
    return {
      value: match[3] ? value * 1000 : value,
      priced: hitWithin(reading, 'cue.cost_context', at - 6, at),
      excluded:
        hitWithin(reading, 'cue.not_cost', at - 4, at) || hitWithin(reading, 'unit.per_hour', end, end + 2),
    };
  });
  const candidates = amounts.filter((amount) => !amount.excluded);
  return (candidates.find((amount) => amount.priced) ?? candidates[0])?.value;
}

/** Reads quantities from a normalised text; a number of people to train is never taken as the headcount. */
export function extractQuantities(reading: MessageReading): QuantitySlots {
  const { text } = reading;
  const slots: QuantitySlots = peopleCounts(reading);
  const hours = text.match(HOURS);
  if (hours?.[1]) slots.hours = Number(hours[1].replace(',', '.'));
  const cost = costOf(text, reading);
  if (cost !== undefined) slots.costExclTax = cost;
  return Object.fromEntries(
    Object.entries(slots).filter(([, value]) => value !== undefined),
  ) as QuantitySlots;
}
