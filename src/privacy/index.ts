/** @module Privacy: personal data never reaches a model, a log or the database. */
export { neutralizeLinks } from './neutralize-links';
export {
  type PersonalDataKind,
  type Redaction,
  redactPersonalData,
  redactText,
} from './redact-personal-data';
