/** @module Formats in text, a pure library: amounts with their unit, numbers in words, dates, IDCC and NAF codes. */
export { addDays, addMonths, daysBetween, isoDate, MONTHS, parisDate } from './calendar';
export {
  type Figure,
  figuresIn,
  normalizeForFigures,
  readDigits,
  roundFigure,
  type Unit,
} from './figures-in';
export { type CompanySlots, readCompanyCodes } from './read-company-codes';
export { type DateMention, dateMentionsIn } from './read-dates';
export { NUMBER_WORDS, readNumber, readNumberWords } from './read-number-words';
