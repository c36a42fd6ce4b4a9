/** @module The deterministic simulator: membership, funding, file checks and apprenticeship costs, from dated rule data. */
export type {
  ApprenticeshipInput,
  ApprenticeshipResult,
  SourcedAmount,
} from './apprenticeship/apprenticeship-input-schema';
export { apprenticeshipInputSchema } from './apprenticeship/apprenticeship-input-schema';
export { createSimulator, type Simulator } from './create-simulator';
export type { DossierFacts, DossierInput, DossierResult } from './dossier/dossier-input-schema';
export { dossierFactsSchema, dossierInputSchema } from './dossier/dossier-input-schema';
export type { FundingInput, FundingResult, Scheme } from './funding/funding-input-schema';
export { fundingInputSchema, SCHEMES } from './funding/funding-input-schema';
export {
  type TransmissionDeadlineInput,
  type TransmissionDeadlineResult,
  transmissionDeadlineInputSchema,
} from './funding/transmission-deadline';
export type { MembershipInput, MembershipResult } from './membership/membership-input-schema';
export { membershipInputSchema } from './membership/membership-input-schema';
export { normalizeIdcc, normalizeNaf } from './membership/normalize-idcc';
export type { RuleBook, RuleParameter } from './parameters/rule-book';
export type { DatedValue, ValueAt } from './parameters/value-at';
export { rulePassages } from './passages/rule-passages';
export {
  apprenticeshipResultSchema,
  dossierResultSchema,
  fundingResultSchema,
  membershipResultSchema,
} from './shared/result-schemas';
export {
  REFUSAL_CODES,
  type RefusalCode,
  type RefusalReason,
  type RulesStatus,
  type SimulationOptions,
  type Step,
} from './shared/result-types';
export {
  type SimulatorErrorCode,
  SimulatorInputError,
} from './shared/simulator-input-error';
