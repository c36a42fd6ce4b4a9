/** @module Privacy: personal data never reaches a model, a log or the database. */
export { type PersonalDataKind, type Redaction, redactPersonalData } from './redact-personal-data';
