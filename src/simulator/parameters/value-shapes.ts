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
  apprenti_handicape: amountsByLevel,
  note: text.optional(),
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
  if (name === 'apprentissage.aide_embauche') return hiringAidValueSchema;
  return z.union([z.number(), z.string(), z.boolean()]);
}
