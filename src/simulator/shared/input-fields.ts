/** @module zod fields shared by the input schemas (IDCC, dates, headcount), described in French for tools and OpenAPI. */
import { z } from 'zod';
import { normalizeIdcc, normalizeNaf } from '../membership/normalize-idcc';

export const idccField = z
  .union([z.string(), z.number().int().min(0)])
  .refine((value) => normalizeIdcc(String(value)) !== null, {
    message: 'IDCC mal formé : indiquez 1 à 4 chiffres, par exemple « 1486 » ou « IDCC 0787 »',
  })
  .describe(
    'Code IDCC de la convention collective (1 à 4 chiffres, figure sur le bulletin de paie et dans la DSN), par exemple « 1486 », « 0787 » ou « IDCC 787 ».',
  );

export const nafField = z
  .string()
  .refine((value) => normalizeNaf(value) !== null, {
    message: 'code NAF mal formé : 4 chiffres et une lettre, par exemple « 62.02A »',
  })
  .describe(
    'Code NAF/APE de l’entreprise (indicatif seulement), par exemple « 62.02A », « 6202A » ou « 62.02 A ».',
  );

export const isoDateField = (description: string) =>
  z.iso.date({ message: 'date attendue au format AAAA-MM-JJ' }).describe(description);

export const headcountField = z
  .number()
  .int({ message: 'effectif attendu en nombre entier de salariés' })
  .min(0, { message: 'l’effectif ne peut pas être négatif' })
  .describe('Effectif de l’entreprise (nombre de salariés).');

export const certificationLevelField = z
  .number()
  .int({ message: 'niveau entier attendu' })
  .min(3, { message: 'niveau de 3 (CAP) à 8 (doctorat)' })
  .max(8, { message: 'niveau de 3 (CAP) à 8 (doctorat)' });
