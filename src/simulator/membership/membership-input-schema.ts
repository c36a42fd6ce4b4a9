/** @module Input of checkMembership: IDCC (decisive), NAF code or sector (hints only). */
import { z } from 'zod';
import { idccField, nafField } from '../shared/input-fields';
import type { Source } from '../shared/result-types';

export const membershipInputSchema = z
  .object({
    idcc: idccField.optional(),
    naf: nafField.optional(),
    sector: z
      .string()
      .trim()
      .min(2, { message: 'secteur trop court : décrivez l’activité en quelques mots' })
      .optional()
      .describe(
        'Activité de l’entreprise en quelques mots, par exemple « cabinet comptable », « ESN », « courtier en assurances » (indice seulement).',
      ),
  })
  .describe(
    'Entreprise dont on cherche l’OPCO : l’IDCC décide ; le code NAF et le secteur ne sont que des indices.',
  );

export type MembershipInput = z.infer<typeof membershipInputSchema>;

export type MembershipResult = {
  outcome: 'atlas' | 'other_opco' | 'unknown' | 'needs_input';
  /** Display name of the OPCO, or null. */
  opco: string | null;
  confidence: 'high' | 'medium' | 'low';
  idcc: { code: string; label: string } | null;
  /** Conventions suggested by a NAF code or a sector, when the IDCC is not given. */
  candidates: Array<{ idcc: string | null; label: string; opco: string | null }>;
  explanation: Array<{ text: string; source: Source | null }>;
  nextSteps: string[];
  missingInputs: string[];
  rulesAsOf: string;
};
