/** @module The evidence a figure may come from, by unit: prose figures, and JSON numbers whose key names the unit. */

import { type Figure, figuresIn, roundFigure, type Unit } from '../../figures';
import type { Citation, ToolCall } from '../answer-contract';

/** Numbers by unit; `anyUnit` holds JSON numbers whose key names no unit; `dates` every known date key. */
export type Evidence = {
  byUnit: Map<Unit, Set<number>>;
  anyUnit: Set<number>;
  dates: Set<string>;
};

export const emptyEvidence = (): Evidence => ({ byUnit: new Map(), anyUnit: new Set(), dates: new Set() });

const KEY_UNITS: Array<[Unit, RegExp]> = [
  [
    'eur',
    /amount|montant|cost|cout|price|prix|cap|ceiling|plafond|aid|aide|salar|fee|frais|budget|total|remaining|reste|npec|participation|contribution|euro/,
  ],
  ['percent', /percent|pourcent|rate|taux|ratio/],
  ['hour', /hour|heure/],
  ['day', /day|jour/],
  ['week', /week|semaine/],
  ['month', /month|mois/],
];
// why: codes, years, dates, levels and headcounts are numbers, never evidence for a money amount or a duration.
const NOT_A_QUANTITY =
  /idcc|naf|siret|siren|code|year|annee|date|level|niveau|headcount|effectif|trainee|stagiaire|count|index|version|^id$/;
const JSON_NUMBER = /"([A-Za-z_][\w]*)"\s*:\s*(-?\d+(?:\.\d+)?)(?![\w.])/g;

function addValue(evidence: Evidence, unit: Unit, value: number) {
  const values = evidence.byUnit.get(unit) ?? new Set<number>();
  values.add(roundFigure(value));
  evidence.byUnit.set(unit, values);
}

function addFigure(evidence: Evidence, figure: Figure) {
  if (figure.unit !== 'date') {
    addValue(evidence, figure.unit, figure.value);
    return;
  }
  // why: "2025-07-01" also grounds "juillet 2025" and "2025".
  const parts = figure.date.split('-');
  for (let length = 1; length <= parts.length; length += 1)
    evidence.dates.add(parts.slice(0, length).join('-'));
}

/** Reads evidence texts: prose figures with their unit, plus `"key": number` pairs of serialised tool calls. */
export function collectEvidence(texts: readonly string[], into: Evidence = emptyEvidence()): Evidence {
  for (const text of texts) {
    for (const figure of figuresIn(text, { looseRanges: true })) addFigure(into, figure);
    for (const match of text.matchAll(JSON_NUMBER)) {
      const key = (match[1] ?? '').toLowerCase();
      const value = Number(match[2]);
      if (NOT_A_QUANTITY.test(key)) continue;
      const units = KEY_UNITS.filter(([, pattern]) => pattern.test(key)).map(([unit]) => unit);
      if (units.length === 0) into.anyUnit.add(roundFigure(value));
      for (const unit of units) {
        addValue(into, unit, value);
        if (unit === 'percent' && value > 0 && value <= 1) addValue(into, unit, value * 100);
      }
    }
  }
  return into;
}

/** The text a response's figures may come from: citation titles and excerpts, tool inputs and outputs. */
export function evidenceOf(response: {
  citations: readonly Citation[];
  toolCalls: readonly ToolCall[];
}): string {
  return [
    ...response.citations.map((citation) => `${citation.title} ${citation.excerpt}`),
    JSON.stringify(response.toolCalls),
  ].join('\n');
}

/** True when the evidence holds this figure in the same unit (or as a JSON number of unnamed unit). */
export function holdsFigure(evidence: Evidence, figure: Figure): boolean {
  if (figure.unit === 'date') return evidence.dates.has(figure.date);
  const values = evidence.byUnit.get(figure.unit);
  return [figure.value, figure.alternative].some(
    (value) => value !== undefined && (values?.has(value) === true || evidence.anyUnit.has(value)),
  );
}
