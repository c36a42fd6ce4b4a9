/** @module toRulePassage: a rule passage with its status sentence, weakest confidence and latest effective date. */
import type { Confidence, Passage } from '../../knowledge/passage';
import type { RuleParameter } from '../parameters/rule-book';
import { type DatedValue, readParameterAt } from '../parameters/value-at';
import { formatDate } from '../shared/format-french';

const CONFIDENCE_ORDER: Confidence[] = ['uncertain', 'secondary', 'official'];

/** "Statut : …, vérifié le …" — uncertain, unverified and observed-only facts say so. */
export function statusSentence(
  confidence: Confidence,
  lastVerifiedOn: string | null,
  observedOn: string | null = null,
): string {
  const verified = lastVerifiedOn
    ? `vérifié le ${formatDate(lastVerifiedOn)}`
    : 'non vérifié auprès de la source';
  const observed = observedOn
    ? ` ; valeur constatée le ${formatDate(observedOn)}, date d'entrée en vigueur non connue`
    : '';
  if (confidence === 'official') return `Statut : source officielle, ${verified}${observed}.`;
  if (confidence === 'secondary') return `Statut : source secondaire, ${verified}${observed}.`;
  return `Statut : donnée incertaine, à confirmer auprès d'Atlas (${verified}${observed}).`;
}

/** Builds a rule passage from the dated values it states: weakest confidence, latest date, first source. */
export function toRulePassage(
  base: { id: string; title: string; heading: string; text: string; keywords: string[] },
  values: DatedValue[],
): Passage {
  const first = values[0];
  if (!first) throw new Error(`passage ${base.id} sans valeur source`);
  const confidence = values
    .map((value) => value.confidence)
    .reduce((weakest, current) =>
      CONFIDENCE_ORDER.indexOf(current) < CONFIDENCE_ORDER.indexOf(weakest) ? current : weakest,
    );
  // why: a passage is only as checked as its least-checked value; one unverified value makes it unverified.
  const lastVerifiedOn = values.some((value) => value.lastVerifiedOn === null)
    ? null
    : (values
        .map((value) => value.lastVerifiedOn!)
        .sort()
        .at(0) ?? null);
  const observedOn =
    values
      .map((value) => value.observedOn)
      .filter((date): date is string => date !== null)
      .sort()
      .at(-1) ?? null;
  const effectiveDate =
    values
      .map((value) => value.effectiveDate)
      .sort()
      .at(-1) ?? first.effectiveDate;
  return {
    id: base.id,
    kind: 'rule',
    title: base.title,
    heading: base.heading,
    body: `${base.text.trim()} ${statusSentence(confidence, lastVerifiedOn, observedOn)}`,
    keywords: base.keywords,
    source: first.reference,
    confidence,
    effectiveDate,
    ...(lastVerifiedOn ? { lastVerifiedOn } : {}),
  };
}

export function latestOf(parameter: RuleParameter): DatedValue | null {
  const last = parameter.values.at(-1);
  return last ? readParameterAt(parameter, last.date) : null;
}
