/** @module Input and result of apprenticeshipCosts: aids, employer participation, NPEC, ancillary flat rates, tutor aid. */
import { z } from 'zod';
import { certificationLevelField, headcountField, isoDateField } from '../shared/input-fields';
import type { Source, Step } from '../shared/result-types';

export const apprenticeshipInputSchema = z
  .object({
    certificationLevel: certificationLevelField
      .optional()
      .describe(
        'Niveau du diplôme préparé (cadre national) : 3 = CAP, 4 = bac, 5 = bac+2, 6 = bac+3/4, 7 = bac+5, 8 = doctorat.',
      ),
    headcount: headcountField.optional(),
    contractDate: isoDateField('Date de conclusion du contrat d’apprentissage, AAAA-MM-JJ.').optional(),
    startDate: isoDateField(
      'Date de début d’exécution du contrat, AAAA-MM-JJ (facultatif : donne la date limite de transmission et vérifie que le barème de l’aide couvre ce début).',
    ).optional(),
    disability: z
      .boolean()
      .optional()
      .describe('true si l’apprenti est reconnu travailleur handicapé (RQTH). Par défaut : non.'),
    distanceLearningShare: z
      .number()
      .min(0, { message: 'part comprise entre 0 et 1' })
      .max(1, { message: 'part comprise entre 0 et 1' })
      .optional()
      .describe(
        'Part de la formation suivie à distance, de 0 (tout en présentiel) à 1 (tout à distance). Par défaut : 0.',
      ),
    npec: z
      .number()
      .min(0, { message: 'le NPEC ne peut pas être négatif' })
      .optional()
      .describe(
        'Niveau de prise en charge (NPEC) annuel de la certification pour la branche, en euros, s’il est connu.',
      ),
  })
  .describe('Contrat d’apprentissage dont on estime les aides et coûts.');

export type ApprenticeshipInput = z.infer<typeof apprenticeshipInputSchema>;

export type SourcedAmount = { amount: number | null; source: Source | null; note: string };

export type ApprenticeshipResult = {
  outcome: 'computed' | 'needs_input';
  /** State hiring aid for the first year, by contract date, size, level and disability. */
  hiringAid: SourcedAmount | null;
  /** Mandatory employer participation per contract (level 6 and above, contracts from mid-2025). */
  employerParticipation: SourcedAmount | null;
  npec: (SourcedAmount & { reductionApplied: boolean }) | null;
  ancillaryCosts: {
    accommodationPerNight: SourcedAmount;
    mealPerMeal: SourcedAmount;
    firstEquipmentMax: SourcedAmount;
  };
  tutorAid: {
    monthlyAmount: SourcedAmount;
    maxMonths: number | null;
    maxTotal: number | null;
    trainingMax: SourcedAmount;
  };
  steps: Step[];
  missingInputs: string[];
  nextSteps: string[];
  rulesAsOf: string;
};
