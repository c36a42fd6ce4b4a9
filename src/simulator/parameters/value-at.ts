/** @module valueAt(parameter, date): the one way the simulator reads rule data, always with its reference. */
import type { Confidence, Source } from '../../knowledge/passage';
import type { RuleBook, RuleParameter } from './rule-book';

/** A value in force at a date, with the reference that covers it. */
export type DatedValue<T = unknown> = {
  value: T;
  reference: Source;
  /** The date the value applies from: its effective date, or the date it was observed when `observedOn` is set. */
  effectiveDate: string;
  /** Set when only a dated source showed the value (e.g. a publication date): its real effective date is unknown. */
  observedOn: string | null;
  confidence: Confidence;
  /** Null when the value was never checked against its source. */
  lastVerifiedOn: string | null;
  /** Last date the source confirms the value for, when the data says so. */
  validUntil: string | null;
};

export type ValueAt = <T = unknown>(parameterName: string, date: string) => DatedValue<T> | null;

/** The value of one parameter in force at `date` (the latest value dated on or before it), or null. */
export function readParameterAt<T>(parameter: RuleParameter, date: string): DatedValue<T> | null {
  const current = parameter.values.filter((entry) => entry.date <= date).at(-1);
  if (!current) return null;
  const reference = parameter.references.filter((entry) => entry.date <= current.date).at(-1);
  if (!reference) return null;
  return {
    value: current.value as T,
    reference: { title: reference.title, url: reference.url },
    effectiveDate: current.date,
    observedOn: current.observed ? current.date : null,
    confidence: parameter.confidence,
    lastVerifiedOn: parameter.lastVerifiedOn,
    validUntil: parameter.validUntil,
  };
}

export function createValueAt(ruleBook: RuleBook): ValueAt {
  return function valueAt<T>(parameterName: string, date: string) {
    const parameter = ruleBook.parameters[parameterName];
    return parameter ? readParameterAt<T>(parameter, date) : null;
  };
}

/** Names of the parameters that start with a prefix (e.g. every `idcc.` entry). */
export function parameterNames(ruleBook: RuleBook, prefix: string): string[] {
  return Object.keys(ruleBook.parameters).filter((name) => name.startsWith(prefix));
}
