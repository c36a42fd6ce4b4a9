/** @module zod schemas of the simulator results, for OpenAPI documents and tool outputs. */
import { z } from 'zod';
import { SCHEMES } from '../funding/funding-input-schema';
import { REFUSAL_CODES } from './result-types';

const sourceSchema = z.object({ title: z.string(), url: z.string() });
const stepSchema = z.object({
  label: z.string(),
  value: z.string(),
  source: sourceSchema.nullable(),
  kind: z.enum(['rules_date', 'criteria_page', 'indicative']).optional(),
});
const refusalSchema = z.object({
  code: z.enum(REFUSAL_CODES),
  message: z.string(),
  remedy: z.string(),
  en: z.object({ message: z.string(), remedy: z.string() }).optional(),
  source: sourceSchema,
  blocking: z.boolean(),
});
const rulesStatusSchema = z.enum(['verified', 'indicative', 'unknown']);

export const membershipResultSchema = z.object({
  outcome: z.enum(['atlas', 'other_opco', 'unknown', 'needs_input']),
  opco: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low']),
  idcc: z.object({ code: z.string(), label: z.string() }).nullable(),
  candidates: z.array(
    z.object({ idcc: z.string().nullable(), label: z.string(), opco: z.string().nullable() }),
  ),
  explanation: z.array(z.object({ text: z.string(), source: sourceSchema.nullable() })),
  nextSteps: z.array(z.string()),
  missingInputs: z.array(z.string()),
  rulesAsOf: z.string(),
});

export const fundingResultSchema = z.object({
  outcome: z.enum(['eligible', 'partially_eligible', 'not_eligible', 'needs_input', 'rates_unknown']),
  scheme: z.enum(SCHEMES).nullable(),
  amount: z.number().nullable(),
  remainingCost: z.number().nullable(),
  refusalReasons: z.array(refusalSchema),
  missingInputs: z.array(z.string()),
  steps: z.array(stepSchema),
  nextSteps: z.array(z.string()),
  rulesAsOf: z.string(),
  rulesStatus: rulesStatusSchema,
});

const documentSchema = z.object({
  code: z.string(),
  label: z.string(),
  remedy: z.string(),
  source: sourceSchema,
});

export const dossierResultSchema = z.object({
  outcome: z.enum(['complete', 'incomplete', 'at_risk', 'needs_input']),
  scheme: z.string().nullable(),
  stage: z.enum(['before', 'after']).nullable(),
  missingDocuments: z.array(documentSchema),
  conditionalDocuments: z.array(documentSchema.extend({ condition: z.string() })),
  recognizedDocuments: z.array(z.object({ input: z.string(), code: z.string(), label: z.string() })),
  unrecognizedDocuments: z.array(z.string()),
  refusalReasons: z.array(refusalSchema),
  missingInputs: z.array(z.string()),
  nextSteps: z.array(z.string()),
  rulesAsOf: z.string(),
});

const sourcedAmountSchema = z.object({
  amount: z.number().nullable(),
  source: sourceSchema.nullable(),
  note: z.string(),
});

export const apprenticeshipResultSchema = z.object({
  outcome: z.enum(['computed', 'needs_input']),
  hiringAid: sourcedAmountSchema.nullable(),
  employerParticipation: sourcedAmountSchema.nullable(),
  npec: sourcedAmountSchema.extend({ reductionApplied: z.boolean() }).nullable(),
  ancillaryCosts: z.object({
    accommodationPerNight: sourcedAmountSchema,
    mealPerMeal: sourcedAmountSchema,
    firstEquipmentMax: sourcedAmountSchema,
  }),
  tutorAid: z.object({
    monthlyAmount: sourcedAmountSchema,
    maxMonths: z.number().nullable(),
    maxTotal: z.number().nullable(),
    trainingMax: sourcedAmountSchema,
  }),
  steps: z.array(stepSchema),
  missingInputs: z.array(z.string()),
  nextSteps: z.array(z.string()),
  rulesAsOf: z.string(),
});
