/** @module Filing deadlines: alternance contracts after their start (jours ouvrables or calendar days), plan and reconversion before it. */
import type { DatedValue } from '../parameters/value-at';
import { addDays, addWorkingDays, daysBetween, holidaysBetween } from '../shared/dates';
import { formatDate, formatNumber } from '../shared/format-french';
import { createHolidayName } from '../shared/public-holidays';
import type { RefusalReason, Step } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
import type { Scheme } from './funding-input-schema';

export type DeadlineCheck = { steps: Step[]; reasons: RefusalReason[] };

/** The transmission delay parameter of each alternance contract. */
export const TRANSMISSION_DELAY = {
  apprentissage: 'apprentissage.delai_transmission_jours',
  contrat_professionnalisation: 'contrat_pro.delai_transmission_jours',
} as const;
const TRANSMISSION: Partial<Record<Scheme, string>> = TRANSMISSION_DELAY;

/** The last day to send an alternance contract, and the sentence that says how it was counted. */
export function transmissionLimit(
  rules: RuleReader,
  parameter: string,
  delay: DatedValue<number>,
  startDate: string,
): { limit: string; rule: string } {
  if (rules.unit(parameter) !== 'working_days') {
    return {
      limit: addDays(startDate, delay.value),
      rule: `${formatNumber(delay.value)} jours calendaires après le début (tous les jours comptent, y compris samedis, dimanches et jours fériés)`,
    };
  }
  const holidayName = createHolidayName(rules);
  const limit = addWorkingDays(startDate, delay.value, holidayName);
  const skipped = holidaysBetween(startDate, limit, holidayName)
    .map((holiday) => `${holiday.name} le ${formatDate(holiday.date)}`)
    .join(', ');
  return {
    limit,
    rule: `${formatNumber(delay.value)} jours ouvrables après le début (tous les jours sauf le dimanche et les jours fériés ; le samedi compte)${
      skipped ? ` — jour férié non compté : ${skipped}` : ''
    }`,
  };
}

function alternance(
  rules: RuleReader,
  parameter: string,
  requestDate: string,
  startDate: string,
  date: string,
): DeadlineCheck {
  const delay = rules.numberAt(parameter, date);
  if (!delay) return { steps: [], reasons: [] };
  const { limit, rule } = transmissionLimit(rules, parameter, delay, startDate);
  return {
    steps: [
      ruleStep(
        `Transmission au plus tard ${rule}`,
        `demande du ${formatDate(requestDate)}, début le ${formatDate(startDate)} — limite le ${formatDate(limit)}${
          requestDate > limit ? ' : hors délai' : ' : dans le délai'
        }`,
        delay,
      ),
    ],
    reasons: requestDate > limit ? [rules.refusal('refus.late_request_transmission', date, false)] : [],
  };
}

function beforeStart(
  rules: RuleReader,
  scheme: Scheme,
  requestDate: string,
  startDate: string,
  date: string,
): DeadlineCheck {
  const reconversion = scheme === 'periode_reconversion';
  const rule = rules.valueAt<boolean>(
    reconversion ? 'reconversion.depot_avant_demarrage' : 'plan.depot_avant_demarrage',
    date,
  );
  // why: the rule applies only from its own date; a 2020 request is not judged by criteria first read in 2024.
  if (!rule?.value) return { steps: [], reasons: [] };
  const dates = `demande du ${formatDate(requestDate)}, début le ${formatDate(startDate)}`;
  const steps = [
    ruleStep(
      'Demande déposée avant le début de la formation',
      `${requestDate < startDate ? 'oui' : 'non'} — ${dates}`,
      rule,
    ),
  ];
  if (requestDate >= startDate) {
    const late = reconversion ? 'refus.late_request_reconversion' : 'refus.late_request_plan';
    return { steps, reasons: [rules.refusal(late, date, true)] };
  }
  const window = reconversion ? rules.numberAt('reconversion.depot_jours_avant', date) : null;
  if (!window) return { steps, reasons: [] };
  const early = daysBetween(requestDate, startDate);
  steps.push(
    ruleStep(
      `Dépôt dans les ${formatNumber(window.value)} jours qui précèdent le début`,
      `${early <= window.value ? 'oui' : 'non'} — demande ${formatNumber(early)} jour(s) avant le début (à partir du ${formatDate(addDays(startDate, -window.value))})`,
      window,
    ),
  );
  return {
    steps,
    reasons: early > window.value ? [rules.refusal('refus.early_request_reconversion', date, false)] : [],
  };
}

/** Checks when a request was filed against the deadline of its scheme, at the rules in force on `date`. */
export function checkFilingDeadline(
  rules: RuleReader,
  scheme: Scheme,
  requestDate: string,
  startDate: string,
  date: string,
): DeadlineCheck {
  const parameter = TRANSMISSION[scheme];
  return parameter
    ? alternance(rules, parameter, requestDate, startDate, date)
    : beforeStart(rules, scheme, requestDate, startDate, date);
}
