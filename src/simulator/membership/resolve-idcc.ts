/** @module resolveIdcc: the data entry of an IDCC, following a merger to the convention that absorbed it. */
import type { DatedValue } from '../parameters/value-at';
import type { IdccValue } from '../parameters/value-shapes';
import type { RuleReader } from '../shared/rule-reader';

export type ResolvedIdcc = {
  /** The code as given, canonical (4 digits). */
  code: string;
  /** The code after following a merger (e.g. 3160 → 0787). */
  canonical: string;
  entry: DatedValue<IdccValue> | null;
  /** Entry of the canonical code (same as entry when not merged). */
  target: DatedValue<IdccValue> | null;
  opco: string | null;
};

export function resolveIdcc(rules: RuleReader, code: string, date: string): ResolvedIdcc {
  const entry = rules.valueAt<IdccValue>(`idcc.${code}`, date);
  const mergedInto = entry?.value?.merged_into;
  const target = mergedInto ? rules.valueAt<IdccValue>(`idcc.${mergedInto}`, date) : entry;
  return {
    code,
    canonical: mergedInto ?? code,
    entry: entry?.value ? entry : null,
    target: target?.value ? target : null,
    opco: target?.value?.opco ?? null,
  };
}
