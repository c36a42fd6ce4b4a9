/** @module Input and result of checkDossier: documents at hand for a scheme and stage, plus known facts. */
import { z } from 'zod';
import { schemeField } from '../funding/funding-input-schema';
import { isoDateField } from '../shared/input-fields';
import type { RefusalReason, Source } from '../shared/result-types';

export const dossierFactsSchema = z
  .object({
    paymentMode: z
      .enum(['subrogation', 'remboursement'])
      .optional()
      .describe(
        'subrogation (Atlas paie l’organisme) ou remboursement (l’entreprise paie puis est remboursée).',
      ),
    providerQualiopi: z
      .boolean()
      .optional()
      .describe('true si l’organisme de formation est certifié Qualiopi.'),
    requestDate: isoDateField('Date de dépôt de la demande, AAAA-MM-JJ.').optional(),
    startDate: isoDateField('Date de début de la formation, AAAA-MM-JJ.').optional(),
    format: z.enum(['presentiel', 'distanciel', 'mixte']).optional().describe('Modalité de la formation.'),
    hoursPlanned: z.number().positive().optional().describe('Heures prévues par la convention.'),
    hoursAttended: z
      .number()
      .min(0)
      .optional()
      .describe('Heures réellement suivies (émargement ou connexions).'),
    durationAdjusted: z
      .boolean()
      .optional()
      .describe(
        'Apprentissage : true si la durée du contrat est réduite ou allongée (convention tripartite).',
      ),
    minorEmployedByParent: z
      .boolean()
      .optional()
      .describe('Apprentissage : true si l’apprenti mineur est employé par un ascendant.'),
    externalHost: z
      .boolean()
      .optional()
      .describe(
        'Période de reconversion : true si elle se déroule dans une autre entreprise (mise à disposition).',
      ),
  })
  .describe('Faits connus sur le dossier, qui ajoutent des pièces ou des risques.');

export const dossierInputSchema = z
  .object({
    stage: z
      .enum(['before', 'after'])
      .optional()
      .describe(
        'before : avant la formation (demande de prise en charge) ; after : après (demande de paiement).',
      ),
    scheme: schemeField.optional(),
    documents: z
      .array(z.string().trim().min(1, { message: 'nom de pièce vide' }))
      .optional()
      .describe(
        'Pièces déjà réunies, en texte libre : « devis signé », « feuilles de présence », « facture »…',
      ),
    facts: dossierFactsSchema.optional(),
  })
  .describe('Vérification des pièces d’un dossier de financement Atlas.');

export type DossierInput = z.infer<typeof dossierInputSchema>;
export type DossierFacts = z.infer<typeof dossierFactsSchema>;

export type DossierDocument = { code: string; label: string; remedy: string; source: Source };

export type DossierResult = {
  outcome: 'complete' | 'incomplete' | 'at_risk' | 'needs_input';
  scheme: string | null;
  stage: 'before' | 'after' | null;
  missingDocuments: DossierDocument[];
  /** Required only in a situation the facts do not settle (e.g. reimbursement). */
  conditionalDocuments: Array<DossierDocument & { condition: string }>;
  recognizedDocuments: Array<{ input: string; code: string; label: string }>;
  unrecognizedDocuments: string[];
  refusalReasons: RefusalReason[];
  missingInputs: string[];
  nextSteps: string[];
  rulesAsOf: string;
};
