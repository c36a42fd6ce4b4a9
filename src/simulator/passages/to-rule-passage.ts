/** @module toRulePassage: a rule passage with its status sentence, weakest confidence and latest effective date. */
import type { Confidence, Passage } from '../../knowledge/passage';
import type { RuleParameter } from '../parameters/rule-book';
import { type DatedValue, readParameterAt } from '../parameters/value-at';
import { formatDate } from '../shared/format-french';

const CONFIDENCE_ORDER: Confidence[] = ['uncertain', 'secondary', 'official'];

/** "Statut : …, vérifié le …" — uncertain facts say so. */
export function statusSentence(confidence: Confidence, lastVerifiedOn: string): string {
  const verified = `vérifié le ${formatDate(lastVerifiedOn)}`;
  if (confidence === 'official') return `Statut : source officielle, ${verified}.`;
  if (confidence === 'secondary') return `Statut : source secondaire, ${verified}.`;
  return `Statut : donnée incertaine, à confirmer auprès d'Atlas (${verified}).`;
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
  const lastVerifiedOn = values.map((value) => value.lastVerifiedOn).sort()[0] ?? first.lastVerifiedOn;
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
    body: `${base.text.trim()} ${statusSentence(confidence, lastVerifiedOn)}`,
    keywords: base.keywords,
    source: first.reference,
    confidence,
    effectiveDate,
    lastVerifiedOn,
  };
}

export function latestOf(parameter: RuleParameter): DatedValue | null {
  const last = parameter.values.at(-1);
  return last ? readParameterAt(parameter, last.date) : null;
}
