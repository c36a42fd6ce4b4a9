/** @module Quantity slots: headcount, training hours, cost excluding tax, number of trainees. */
import { NUMBER_TOKEN, readNumber } from './number-words';

export type QuantitySlots = {
  headcount?: number;
  hours?: number;
  costExclTax?: number;
  trainees?: number;
};

const PEOPLE =
  '(?:salaries?|employes?|collaborateurs?|personnes?|etp|effectifs?|employees?|staff|people|workers|persons|team members|agents)';
const TRAINEES = '(?:stagiaires?|participants?|apprenants?|trainees?|learners?|attendees?)';
const HEADCOUNT_PATTERNS: readonly RegExp[] = [
  /\beffectif\s*(?:de|:|=|est de|d'environ|of)?\s*(\d+)/,
  new RegExp(
    String.raw`\b(moins de|plus de|under|over|fewer than|more than|less than)\s+(\d+)\s*${PEOPLE}\b`,
  ),
  new RegExp(String.raw`\b${NUMBER_TOKEN}\s*${PEOPLE}\b`),
  /\b(\d+)\s*-?\s*(?:person|employee|people)[- ]?(?:company|firm|business)\b/,
  /\b(?:nous sommes|on est|we are|we're|nous comptons|on compte)\s+(\d+)\b(?!\s*(?:h\b|heures|€|%|euros|jours|mois|ans|stagiaires|apprentis))/,
];
const TRAINEE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${NUMBER_TOKEN}\s*${TRAINEES}\b`),
  new RegExp(
    String.raw`\b(?:former|forme|inscrire|inscrit|envoyer|train|training|trains|for)\s+(?:nos |mes |our |my )?${NUMBER_TOKEN}\s*${PEOPLE}\b`,
  ),
  new RegExp(
    String.raw`\b${NUMBER_TOKEN}\s*${PEOPLE}\s+(?:a former|formes?|inscrits?|en formation|concernes?|to train|trained|attending)\b`,
  ),
];
/** "pour 3 salariés" counts trainees only when a training is being described; otherwise it is the company size. */
const FOR_PEOPLE = new RegExp(String.raw`\bpour\s+${NUMBER_TOKEN}\s*${PEOPLE}\b(?!\s*(?:dans|chez|au sein))`);
const TRAINING_WORDS = /\b(formations?|former|stage|session|cours|module|training|course)\b/;
const HOURS_PATTERN = /\b(\d+(?:[.,]\d+)?)(?:\s*|-)(?:h|heures?|hours?|hrs?)\b(?!\s*\d)/;
// why: "1,500 euros" is English for one thousand five hundred; a French decimal never has three digits.
const EURO = String.raw`(\d{1,3}(?:[ .,]\d{3})+(?!\d)|\d+)(?:,(\d{1,2}))?\s*(k)?\s*(?:€|euros?\b|eur\b)`;
const AMOUNT_PATTERN = new RegExp(EURO, 'g');
const COST_CONTEXT =
  /(cout\w*|prix|tarif\w*|devis|montant de la formation|facture\w*|budget|coute|costs?|price|priced|quote|formation a|training at|a hauteur de)\W+(?:\w+\W+){0,4}$/;
const NOT_A_COST_CONTEXT =
  /(participation|aide|prime|plafond|cap|forfait|npec|reste a charge|rembourse\w*|prise en charge de)\W+(?:\w+\W+){0,3}$/;

function headcountOf(text: string, traineeSpans: Array<[number, number]>): number | undefined {
  for (const pattern of HEADCOUNT_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
      const start = match.index ?? 0;
      if (traineeSpans.some(([from, to]) => start >= from && start < to)) continue;
      if (match[1] && /^(moins|under|fewer|less)/.test(match[1])) return Number(match[2]) - 1;
      if (match[1] && /^(plus|over|more)/.test(match[1])) return Number(match[2]) + 1;
      // why: "un salarié" names a person, not the size of the company.
      if (match[1] && !/^\d/.test(match[1]) && readNumber(match[1]) === 1) continue;
      const value = readNumber(match[1]);
      if (value !== undefined && Number.isInteger(value)) return value;
    }
  }
  return undefined;
}

function costOf(text: string): number | undefined {
  const amounts = [...text.matchAll(AMOUNT_PATTERN)].map((match) => {
    const value = Number(`${(match[1] ?? '0').replace(/[ .,]/g, '')}${match[2] ? `.${match[2]}` : ''}`);
    const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    return {
      value: match[3] ? value * 1000 : value,
      before,
      perHour: /^\s*(\/|par|per)\s*(h|heure|hour)/.test(text.slice((match.index ?? 0) + match[0].length)),
    };
  });
  const candidates = amounts.filter((amount) => !amount.perHour && !NOT_A_COST_CONTEXT.test(amount.before));
  return (candidates.find((amount) => COST_CONTEXT.test(amount.before)) ?? candidates[0])?.value;
}

/** Reads quantities from a normalised text; a number of people to train is never taken as the headcount. */
export function extractQuantities(text: string): QuantitySlots {
  const slots: QuantitySlots = {};
  const traineeSpans: Array<[number, number]> = [];
  const patterns = TRAINING_WORDS.test(text) ? [...TRAINEE_PATTERNS, FOR_PEOPLE] : TRAINEE_PATTERNS;
  for (const pattern of patterns) {
    const match = text.match(pattern);
    if (match && slots.trainees === undefined) {
      const value = readNumber(match[1]);
      if (value !== undefined && Number.isInteger(value) && value > 0) {
        slots.trainees = value;
        traineeSpans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
      }
    }
  }
  const headcount = headcountOf(text, traineeSpans);
  if (headcount !== undefined) slots.headcount = headcount;
  const hours = text.match(HOURS_PATTERN);
  if (hours?.[1]) slots.hours = Number(hours[1].replace(',', '.'));
  const cost = costOf(text);
  if (cost !== undefined) slots.costExclTax = cost;
  return slots;
}
