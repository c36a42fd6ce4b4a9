/** @module zod shapes of structured rule values, chosen by parameter name (idcc.*, naf.*, refus.*…). */
import { z } from 'zod';

const text = z.string().min(2);

export const opcoValueSchema = z.strictObject({
  name: text,
  site: z.url({ protocol: /^https$/ }).optional(),
});

export const idccValueSchema = z.strictObject({
  label: text,
  /** OPCO id (see opco.*), or null when the code is attached to no OPCO. */
  opco: z.string().nullable(),
  branch: text.optional(),
  merged_into: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  status: z.enum(['sans_convention', 'inoperant']).optional(),
  note: text.optional(),
});

export const nafValueSchema = z.strictObject({
  label: text,
  idcc: z.array(z.string().regex(/^\d{4}$/)).min(1),
  note: text.optional(),
});

export const sectorValueSchema = z.strictObject({
  label: text,
  words: z.array(text).min(1),
  idcc: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  opco: z.string(),
});

export const refusalValueSchema = z.strictObject({
  /** How a user would ask about it; the title of its passage. */
  question: text,
  code: z.string().regex(/^[A-Z_]+$/),
  message: text,
  remedy: text,
  /** The same wording in English, for English answers. */
  en: z.strictObject({ message: text, remedy: text }).optional(),
});

export const documentValueSchema = z.strictObject({
  label: text,
  remedy: text,
  synonyms: z.array(text).min(1),
});

export const checklistValueSchema = z.strictObject({
  question: text,
  /** The situation, e.g. "avant une formation du plan de développement des compétences". */
  situation: text,
  items: z.array(
    z.strictObject({
      /** Any one of these documents satisfies the item. */
      any_of: z.array(z.string()).min(1),
      /** The item applies only when this fact is true (e.g. payment by reimbursement). */
      when: z.string().optional(),
    }),
  ),
  note: text.optional(),
});

export const bandsValueSchema = z.array(
  z.strictObject({
    effectif_min: z.number().int().min(0),
    effectif_max: z.number().int().nullable(),
    montant: z.number().min(0),
  }),
);

const amountsByLevel = z.strictObject({
  niveau_3: z.number().nullable(),
  niveau_4: z.number().nullable(),
  niveau_5: z.number().nullable(),
  niveau_6: z.number().nullable(),
  niveau_7: z.number().nullable(),
  niveau_8: z.number().nullable(),
});

export const hiringAidValueSchema = z.strictObject({
  moins_de_250_salaries: amountsByLevel,
  au_moins_250_salaries: amountsByLevel,
  /** Disabled apprentice in a company under the size threshold (and in every company when the next field is absent). */
  apprenti_handicape: amountsByLevel,
  /** Disabled apprentice in a company at or above the size threshold, when the grid differs by size. */
  apprenti_handicape_au_moins_250_salaries: amountsByLevel.optional(),
  note: text.optional(),
});

/** French public holidays: fixed days ("MM-JJ") and days counted from Easter Sunday. */
export const publicHolidaysValueSchema = z.strictObject({
  fixes: z
    .array(
      z.strictObject({
        jour: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[01])$/, 'jour attendu au format MM-JJ'),
        nom: text,
      }),
    )
    .min(1),
  paques: z.array(z.strictObject({ decalage_jours: z.number().int(), nom: text })),
});

/** A branch's hourly rate per certification level (contrat de professionnalisation); a missing level is unknown. */
export const ratesByLevelValueSchema = z.strictObject({
  niveau_3: z.number().min(0).optional(),
  niveau_4: z.number().min(0).optional(),
  niveau_5: z.number().min(0).optional(),
  niveau_6: z.number().min(0).optional(),
  niveau_7: z.number().min(0).optional(),
  niveau_8: z.number().min(0).optional(),
  /** Certifications without a level (CQP, blocs de compétences…). */
  sans_niveau: z.number().min(0).optional(),
});

export type IdccValue = z.infer<typeof idccValueSchema>;
export type NafValue = z.infer<typeof nafValueSchema>;
export type SectorValue = z.infer<typeof sectorValueSchema>;
export type RefusalValue = z.infer<typeof refusalValueSchema>;
export type DocumentValue = z.infer<typeof documentValueSchema>;
export type ChecklistValue = z.infer<typeof checklistValueSchema>;
export type BandsValue = z.infer<typeof bandsValueSchema>;
export type HiringAidValue = z.infer<typeof hiringAidValueSchema>;
export type OpcoValue = z.infer<typeof opcoValueSchema>;
export type PublicHolidaysValue = z.infer<typeof publicHolidaysValueSchema>;
export type RatesByLevelValue = z.infer<typeof ratesByLevelValueSchema>;

/** The shape a parameter's non-null values must have, from its name. */
export function valueShapeFor(name: string): z.ZodType<unknown> | null {
  if (name.startsWith('opco.')) return opcoValueSchema;
  if (name.startsWith('idcc.')) return idccValueSchema;
  if (name.startsWith('naf.')) return nafValueSchema;
  if (name.startsWith('secteur.')) return sectorValueSchema;
  if (name.startsWith('refus.')) return refusalValueSchema;
  if (name.startsWith('document.')) return documentValueSchema;
  if (name.startsWith('pieces.')) return checklistValueSchema;
  if (name.endsWith('.bareme')) return bandsValueSchema;
  if (name.endsWith('.taux_horaire_par_niveau')) return ratesByLevelValueSchema;
  if (name === 'apprentissage.aide_embauche') return hiringAidValueSchema;
  if (name === 'calendrier.jours_feries') return publicHolidaysValueSchema;
  return z.union([z.number(), z.string(), z.boolean()]);
}

const amount = z.number().min(0, 'un montant ne peut pas être négatif');

/** The range a plain number must fall in, from its unit (a rate above 1, a negative amount or level 9 fail the build). */
export function unitShapeFor(unit: string): z.ZodType<unknown> | null {
  if (unit.startsWith('eur')) return amount;
  if (unit === 'rate') return z.number().min(0).max(1, 'un taux s’écrit comme une fraction entre 0 et 1');
  if (unit === 'level') return z.number().int().min(3).max(8, 'niveau de 3 à 8 attendu');
  if (['employees', 'hours', 'days', 'calendar_days', 'working_days', 'months', 'years'].includes(unit))
    return z.number().min(0, 'une durée ou un effectif ne peut pas être négatif');
  return null;
}
