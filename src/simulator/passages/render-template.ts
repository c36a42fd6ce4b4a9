/** @module Fills a passage body's {placeholders} with rule values, formatted in French. */
import type { RuleBook } from '../parameters/rule-book';
import { type DatedValue, readParameterAt } from '../parameters/value-at';
import { formatValue } from '../shared/format-french';

/** `{name}` (latest value), `{name@2026-03-08}` (value at a date), `{name#key.sub}` (a field of a record value). */
const PLACEHOLDER = /\{([a-z0-9_]+(?:\.[a-zA-Z0-9_]+)*)(?:@(\d{4}-\d{2}-\d{2}))?(?:#([a-zA-Z0-9_.]+))?\}/g;

export type Placeholder = { text: string; name: string; date: string | null; path: string | null };

export function placeholdersOf(body: string): Placeholder[] {
  return [...body.matchAll(PLACEHOLDER)].map((match) => ({
    text: match[0],
    name: match[1] ?? '',
    date: match[2] ?? null,
    path: match[3] ?? null,
  }));
}

function pick(value: unknown, path: string | null): unknown {
  if (!path) return value;
  let current = value;
  for (const key of path.split('.')) {
    current =
      typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

export type RenderedTemplate = { text: string; values: DatedValue[] };

/** Replaces each placeholder; throws when one names a missing parameter, date or field. */
export function renderTemplate(ruleBook: RuleBook, body: string): RenderedTemplate {
  const values: DatedValue[] = [];
  let text = body;
  for (const placeholder of placeholdersOf(body)) {
    const parameter = ruleBook.parameters[placeholder.name];
    const date = placeholder.date ?? parameter?.values.at(-1)?.date;
    const dated = parameter && date ? readParameterAt(parameter, date) : null;
    const value = pick(dated?.value, placeholder.path);
    if (!parameter || !dated || value === undefined || value === null) {
      throw new Error(`placeholder sans valeur : ${placeholder.text}`);
    }
    values.push(dated);
    text = text.replace(placeholder.text, formatValue(value, parameter.unit));
  }
  return { text, values };
}
