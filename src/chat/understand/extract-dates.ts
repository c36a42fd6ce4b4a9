/** @module Dates in a question: relative ("demain", "dans un mois", "un mois avant") and explicit ones, with their role. */

import { addDays, addMonths, dateMentionsIn, readNumber } from '../../figures';
import type { CompiledLexicon, ConceptHit } from '../../matching';
import { wordsOf } from '../../search';
import type { MessageReading } from './read-message';

export type DateSlots = {
  startDate?: string;
  requestDate?: string;
  contractDate?: string;
  /** The start is said to be in the past ("a déjà commencé"), even without a precise date. */
  startedAlready?: boolean;
  /** A year mentioned on its own ("en 2026"): dates the rules that apply, never a deadline. */
  periodDate?: string;
};

/** How far before a date the words that give its role reach ("contrat signé le …"), in words. */
const ROLE_REACH = 6;
const ROLE_CUES = ['cue.date_contract', 'cue.date_request', 'cue.date_start'];

/** Dates named by words ("demain", "le mois prochain", "dans 2 semaines", "il y a un mois", "un mois avant"). */
function relativeMentions(tokens: string[], hits: ConceptHit[], lexicon: CompiledLexicon, today: string) {
  const mentions: TokenMention[] = [];
  const cueAt = (id: string, index: number) => hits.some((hit) => hit.id === id && hit.end === index);
  const cueFrom = (id: string, index: number) => hits.some((hit) => hit.id === id && hit.start === index);
  for (const hit of hits) {
    const sets = lexicon.concepts.get(hit.id)?.sets;
    if (typeof sets?.dayOffset === 'number')
      mentions.push({ iso: addDays(today, sets.dayOffset), at: hit.start });
    if (typeof sets?.monthOffset === 'number')
      mentions.push({ iso: addMonths(today, sets.monthOffset), at: hit.start });
    const unit = lexicon.concepts.get(hit.id);
    if (unit?.kind !== 'unit' || !['days', 'weeks', 'months', 'years'].includes(String(unit.value))) continue;
    // why: "1 an" is itself a unit form; otherwise the amount is the word before the unit.
    const inForm = readNumber(tokens[hit.start]);
    const amountAt = inForm !== undefined ? hit.start : hit.start - 1;
    const amount = inForm ?? readNumber(tokens[amountAt]);
    if (amount === undefined) continue;
    const shifted = (sign: number) => {
      const value = sign * amount;
      if (unit.value === 'days') return addDays(today, value);
      if (unit.value === 'weeks') return addDays(today, value * 7);
      return addMonths(today, unit.value === 'months' ? value : value * 12);
    };
    if (cueAt('cue.date_in', amountAt)) mentions.push({ iso: shifted(1), at: amountAt });
    else if (cueAt('cue.date_ago', amountAt) || cueFrom('cue.date_ago', hit.end))
      mentions.push({ iso: shifted(-1), at: amountAt });
    // why: "déposé un mois avant" describes the lead time between the request (today) and the start.
    else if (cueFrom('cue.date_lead', hit.end))
      mentions.push({ iso: shifted(1), at: amountAt, leadTime: true });
  }
  return mentions;
}

type TokenMention = { iso: string; at: number; leadTime?: boolean; vague?: boolean };

/** Finds the dates of a normalised question and decides which one is the start, the request or the contract. */
export function extractDates(reading: MessageReading, today: string): DateSlots {
  const slots: DateSlots = {};
  const { text, tokens, hits, lexicon } = reading;
  if (hits.some((hit) => hit.id === 'shape.already_started')) slots.startedAlready = true;
  const written: TokenMention[] = dateMentionsIn(text, today).map((mention) => ({
    iso: mention.iso,
    at: wordsOf(text.slice(0, mention.index)).length,
    ...(mention.leadTime ? { leadTime: true } : {}),
    ...(mention.vague ? { vague: true } : {}),
  }));
  const mentions = [...written, ...relativeMentions(tokens, hits, lexicon, today)].sort(
    (left, right) => left.at - right.at,
  );
  /** The role cue closest before a date within reach: "contrat … qui commence le …" is a start, not a signature. */
  const roleOf = (at: number) =>
    hits
      .filter((hit) => ROLE_CUES.includes(hit.id) && hit.end <= at && at - hit.end < ROLE_REACH)
      .sort((left, right) => right.end - left.end)[0]?.id;
  for (const mention of mentions) {
    const role = roleOf(mention.at);
    if (mention.vague && role !== 'cue.date_contract') {
      slots.periodDate ??= mention.iso;
    } else if (mention.leadTime) {
      slots.startDate ??= mention.iso;
      slots.requestDate ??= today;
    } else if (role === 'cue.date_contract') {
      slots.contractDate ??= mention.iso;
    } else if (role === 'cue.date_request') {
      slots.requestDate ??= mention.iso;
    } else if (role === 'cue.date_start' || !slots.startDate) {
      if (slots.startDate) slots.contractDate ??= mention.iso;
      else slots.startDate = mention.iso;
    }
  }
  return slots;
}
