/** @module A branch's co-financing for companies above the mutualised-funds threshold: a rate within a cap per size band. */
import type { DatedValue } from '../parameters/value-at';
import type { BandsValue } from '../parameters/value-shapes';
import type { RuleReader } from '../shared/rule-reader';

export type Cofinancing = {
  band: BandsValue[number];
  /** Highest amount the OPCO pays for the band (the band's `montant`). */
  scale: DatedValue<BandsValue>;
  /** Share of the cost the OPCO pays. */
  rate: DatedValue<number>;
};

/**
 * The co-financing band covering a headcount at a date, from `branches.<idcc>.cofinancement….bareme` and its sibling
 * `….taux`; null when the branch publishes none for that size.
 */
export function findCofinancing(
  rules: RuleReader,
  idcc: string,
  headcount: number,
  date: string,
): Cofinancing | null {
  const prefix = `branches.${idcc}.cofinancement`;
  for (const name of rules.names(prefix).filter((entry) => entry.endsWith('.bareme'))) {
    const scale = rules.valueAt<BandsValue | null>(name, date);
    const rate = rules.numberAt(name.replace(/\.bareme$/, '.taux'), date);
    const band = scale?.value?.find(
      (entry) =>
        headcount >= entry.effectif_min && (entry.effectif_max === null || headcount <= entry.effectif_max),
    );
    if (scale?.value && rate && band) return { band, scale: scale as DatedValue<BandsValue>, rate };
  }
  return null;
}
