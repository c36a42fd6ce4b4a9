/** @module Shapes shared by every simulator result: explained steps, refusal reasons, options. */
import type { Source } from '../../knowledge/passage';

export type { Source };

/** One line of the explanation: what was read or computed, its value in French, and where it comes from. */
/** What a step is, for readers that treat some apart: the rules' date, the branch criteria page, an indicative figure. */
export type StepKind = 'rules_date' | 'criteria_page' | 'indicative';

export type Step = { label: string; value: string; source: Source | null; kind?: StepKind };

export const REFUSAL_CODES = [
  'LATE_REQUEST',
  'EARLY_REQUEST',
  'PROVIDER_NOT_QUALIOPI',
  'NOT_ATLAS',
  'COMPANY_SIZE',
  'OVER_CAP',
  'ACTION_NOT_ELIGIBLE',
  'MISSING_DOCUMENTS',
  'CONV_CONTRIBUTION',
  'NO_SERVICE_PROOF',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A refusal reason or risk; `blocking` ones make the outcome not_eligible. */
export type RefusalReason = {
  code: RefusalCode;
  message: string;
  remedy: string;
  /** The wording in English, when the rule data has it. */
  en?: { message: string; remedy: string };
  source: Source;
  blocking: boolean;
};

/** verified: a sourced rate valid at that date; indicative: a legal default or an older/uncertain rate; unknown: none. */
export type RulesStatus = 'verified' | 'indicative' | 'unknown';

/** Every simulator function takes an injectable `today` (ISO date) so results are reproducible. */
export type SimulationOptions = { today?: string };

export function todayOf(options: SimulationOptions | undefined): string {
  return options?.today ?? new Date().toISOString().split('T')[0]!;
}
