/** @module zod schema of one rule file (knowledge/rules/**.yaml): dated parameters in OpenFisca style, plus passages. */
import { z } from 'zod';

export const CONFIDENCES = ['official', 'secondary', 'uncertain'] as const;

export const UNITS = [
  'eur',
  'eur_ht',
  'eur_per_hour',
  'eur_ht_per_hour',
  'eur_per_month',
  'eur_per_night',
  'eur_per_meal',
  'rate',
  'hours',
  'days',
  'calendar_days',
  'working_days',
  'months',
  'years',
  'employees',
  'level',
  'boolean',
  'text',
  'url',
  'record',
] as const;

const isoDate = z.iso.date('date ISO attendue (AAAA-MM-JJ)');

/** True when a URL is a site's home page (no path, no query): it cannot support a precise claim. */
export function isSiteRoot(href: string): boolean {
  if (!URL.canParse(href)) return false;
  const url = new URL(href);
  return (url.pathname === '/' || url.pathname === '') && url.search === '';
}

export const referenceSchema = z.strictObject({
  title: z.string().min(3, 'titre de la référence trop court'),
  href: z
    .url({ protocol: /^https$/, error: 'URL https attendue' })
    .refine(
      (href) => !isSiteRoot(href),
      'URL de la page qui établit la valeur attendue, pas l’accueil du site',
    ),
});

/** The verification date, or `unverified` when nobody checked the value against its source. */
export const UNVERIFIED = 'unverified';
const verifiedOn = z.union([isoDate, z.literal(UNVERIFIED)], {
  error: 'date ISO (AAAA-MM-JJ) ou « unverified » attendue',
});

/** A value is anything JSON: a number, a text, a flag, a list or a record; null means "no value from this date". */
const jsonValueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.number(),
    z.string(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

export const parameterFileEntrySchema = z.strictObject({
  description: z.string().min(8, 'description en français attendue'),
  unit: z.enum(UNITS),
  /**
   * Keyed by effective date (the date the text that set the value applies from). `observed: true` marks a key that is
   * only the date the value was seen in a dated source (e.g. a FAQ's publication date), its effective date being unknown.
   */
  values: z.record(isoDate, z.strictObject({ value: jsonValueSchema, observed: z.literal(true).optional() })),
  references: z.record(isoDate, referenceSchema).optional(),
  last_verified_on: verifiedOn.optional(),
  confidence: z.enum(CONFIDENCES).optional(),
  /** Last date for which the source confirms the value (e.g. criteria of one year). */
  valid_until: isoDate.optional(),
  note: z.string().optional(),
});

export const passageTemplateSchema = z.strictObject({
  id: z.string().regex(/^rule-[a-z0-9-]+$/, 'identifiant attendu : « rule-… » en minuscules et tirets'),
  title: z.string().min(8),
  body: z.string().min(8),
  keywords: z.array(z.union([z.string().min(2), z.number().transform(String)])).min(2),
  /** Parameters the passage draws on, besides those named in {placeholders}. */
  parameters: z.array(z.string()).optional(),
});

export const ruleFileSchema = z.strictObject({
  description: z.string().min(8).optional(),
  defaults: z
    .strictObject({
      references: z.record(isoDate, referenceSchema).optional(),
      last_verified_on: verifiedOn.optional(),
      confidence: z.enum(CONFIDENCES).optional(),
    })
    .optional(),
  parameters: z.record(
    z
      .string()
      .regex(
        /^[a-z0-9_]+(\.[a-zA-Z0-9_]+)*$/,
        'nom de paramètre attendu : mots en minuscules séparés par des points',
      ),
    parameterFileEntrySchema,
  ),
  passages: z.array(passageTemplateSchema).optional(),
});

export type RuleFile = z.infer<typeof ruleFileSchema>;
