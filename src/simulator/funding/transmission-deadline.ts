/** @module transmissionDeadline: the last day to send an alternance contract to the OPCO, counted from its start as the law says. */
import { z } from 'zod';
import type { Source } from '../shared/result-types';
import type { RuleReader } from '../shared/rule-reader';
import { TRANSMISSION_DELAY, transmissionLimit } from './check-filing-deadline';

export const transmissionDeadlineInputSchema = z.strictObject({
  scheme: z
    .enum(['apprentissage', 'contrat_professionnalisation'])
    .describe('Type de contrat en alternance.'),
  startDate: z.iso.date().describe('Date de début d’exécution du contrat, AAAA-MM-JJ.'),
});

export type TransmissionDeadlineInput = z.infer<typeof transmissionDeadlineInputSchema>;

export type TransmissionDeadlineResult = {
  /** Last day, YYYY-MM-DD; null when the rules hold no delay at that date. */
  limit: string | null;
  /** How the days were counted (French, from the rule data). */
  rule: string | null;
  days: number | null;
  unit: 'working_days' | 'calendar_days' | null;
  source: Source | null;
};

export function createTransmissionDeadline(rules: RuleReader) {
  return function transmissionDeadline(input: TransmissionDeadlineInput): TransmissionDeadlineResult {
    const parameter = TRANSMISSION_DELAY[input.scheme];
    const delay = rules.numberAt(parameter, input.startDate);
    if (!delay) return { limit: null, rule: null, days: null, unit: null, source: null };
    const { limit, rule } = transmissionLimit(rules, parameter, delay, input.startDate);
    return {
      limit,
      rule,
      days: delay.value,
      unit: rules.unit(parameter) === 'working_days' ? 'working_days' : 'calendar_days',
      source: delay.reference,
    };
  };
}
