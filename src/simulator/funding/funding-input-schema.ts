/** @module Input and result of simulateFunding; every field is optional so missing ones can be listed, never guessed. */
import { z } from 'zod';
import { certificationLevelField, headcountField, idccField, isoDateField } from '../shared/input-fields';
import type { RefusalReason, RulesStatus, Step } from '../shared/result-types';

export const SCHEMES = [
  'plan_developpement_competences',
  'contrat_professionnalisation',
  'periode_reconversion',
  'apprentissage',
  'vae',
  'bilan_competences',
] as const;

export const schemeField = z
  .enum(SCHEMES)
  .describe(
    'Dispositif : plan_developpement_competences (plan de développement des compétences), contrat_professionnalisation (contrat pro), periode_reconversion (ex-Pro-A), apprentissage, vae, bilan_competences.',
  );

export const fundingInputSchema = z
  .object({
    scheme: schemeField.optional(),
    idcc: idccField.optional(),
    headcount: headcountField.optional(),
    hours: z
      .number()
      .positive({ message: 'la durée doit être supérieure à 0 heure' })
      .optional()
      .describe('Durée de la formation en heures, par stagiaire.'),
    trainees: z
      .number()
      .int({ message: 'nombre entier de stagiaires attendu' })
      .min(1, { message: 'au moins 1 stagiaire' })
      .optional()
      .describe('Nombre de salariés formés (stagiaires).'),
    costExclTax: z
      .number()
      .min(0, { message: 'le coût ne peut pas être négatif' })
      .optional()
      .describe('Coût pédagogique total hors taxes, en euros (tous stagiaires compris).'),
    providerQualiopi: z
      .boolean()
      .optional()
      .describe('true si l’organisme de formation (ou le CFA) est certifié Qualiopi.'),
    requestDate: isoDateField(
      'Date de dépôt (ou de transmission) de la demande à l’OPCO, AAAA-MM-JJ.',
    ).optional(),
    startDate: isoDateField('Date de début de la formation ou du contrat, AAAA-MM-JJ.').optional(),
    format: z
      .enum(['presentiel', 'distanciel', 'mixte', 'afest'])
      .optional()
      .describe(
        'Modalité : presentiel, distanciel, mixte ou afest (action de formation en situation de travail, financée sur un forfait horaire de branche).',
      ),
    certificationLevel: certificationLevelField
      .optional()
      .describe(
        'Contrat de professionnalisation : niveau de la certification visée (3 = CAP … 7 = bac+5), quand le forfait horaire de la branche dépend du niveau.',
      ),
    costNature: z
      .enum(['formation', 'materiel', 'licence_logicielle', 'conseil'])
      .optional()
      .describe(
        'Nature de la dépense : formation (coûts pédagogiques, par défaut), materiel, licence_logicielle ou conseil (non finançables au titre de la formation).',
      ),
  })
  .describe('Demande de financement à simuler auprès de l’OPCO Atlas.');

export type FundingInput = z.infer<typeof fundingInputSchema>;
export type Scheme = (typeof SCHEMES)[number];

export type FundingResult = {
  outcome: 'eligible' | 'partially_eligible' | 'not_eligible' | 'needs_input' | 'rates_unknown';
  scheme: Scheme | null;
  /** Estimated amount paid by the OPCO, in euros excl. tax; null when it cannot be computed. */
  amount: number | null;
  /** costExclTax − amount; null when amount is null. */
  remainingCost: number | null;
  refusalReasons: RefusalReason[];
  missingInputs: string[];
  steps: Step[];
  nextSteps: string[];
  /** Date at which the rules were read (the start date, or today). */
  rulesAsOf: string;
  rulesStatus: RulesStatus;
};
