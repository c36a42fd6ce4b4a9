/** @module A rule reader over one RuleBook: valueAt plus small helpers that keep the source with each value. */
import type { RuleBook } from '../parameters/rule-book';
import { createValueAt, type DatedValue, parameterNames, type ValueAt } from '../parameters/value-at';
import type { RefusalValue } from '../parameters/value-shapes';
import type { RefusalCode, RefusalReason, Step } from './result-types';

export type RuleReader = {
  valueAt: ValueAt;
  /** A numeric value in force at a date, or null when there is none. */
  numberAt(parameterName: string, date: string): DatedValue<number> | null;
  names(prefix: string): string[];
  /** The unit of a parameter (e.g. working_days or calendar_days), or null when it does not exist. */
  unit(parameterName: string): string | null;
  /** The first value ever given to a parameter (to say from when a rule applies). */
  earliest(parameterName: string): DatedValue | null;
  /** A refusal reason from the catalogue (knowledge/rules/dossier/refusal-reasons.yaml). */
  refusal(parameterName: string, date: string, blocking: boolean, detail?: string): RefusalReason;
};

export function createRuleReader(ruleBook: RuleBook): RuleReader {
  const valueAt = createValueAt(ruleBook);
  return {
    valueAt,
    numberAt(parameterName, date) {
      const dated = valueAt<number>(parameterName, date);
      return dated && typeof dated.value === 'number' ? dated : null;
    },
    names: (prefix) => parameterNames(ruleBook, prefix),
    unit: (parameterName) => ruleBook.parameters[parameterName]?.unit ?? null,
    earliest(parameterName) {
      const first = ruleBook.parameters[parameterName]?.values[0];
      return first ? valueAt(parameterName, first.date) : null;
    },
    refusal(parameterName, date, blocking, detail) {
      const dated =
        valueAt<RefusalValue>(parameterName, date) ??
        valueAt<RefusalValue>(parameterName, ruleBook.parameters[parameterName]?.values[0]?.date ?? date);
      if (!dated?.value) throw new Error(`motif de refus absent des données : ${parameterName}`);
      return {
        code: dated.value.code as RefusalCode,
        message: detail ? `${dated.value.message} ${detail}` : dated.value.message,
        remedy: dated.value.remedy,
        ...(dated.value.en ? { en: dated.value.en } : {}),
        source: dated.reference,
        blocking,
      };
    },
  };
}

/** A step whose value was read from the rules. */
export function ruleStep(label: string, value: string, dated: DatedValue | null): Step {
  return { label, value, source: dated ? dated.reference : null };
}
