/** @module Company codes, a format: IDCC (every written form, and malformed ones) and NAF/APE code. */

export type CompanySlots = {
  /** Digits only, without leading zeros ("0787" → "787"). */
  idcc?: string;
  /** What the user wrote after "IDCC" when it cannot be a code ("abc", "12345"). */
  invalidIdcc?: string;
  /** Normalised as "70.22Z". */
  naf?: string;
  /** Every valid IDCC of the message, in order, when it names several companies or conventions. */
  idccs?: string[];
};

const IDCC_LEAD = String.raw`\b(?:idcc|i\.d\.c\.c\.?|ccn|convention collective(?: nationale)?(?: de branche)?|convention|collective agreement|brochure jo)`;
const IDCC_SEPARATOR = String.raw`\s*(?:n\s?°|no\.?|num(?:ero)?\.?|number|:|=|#|est(?: le)?|c'est(?: le)?|is|code)?\s*`;
const IDCC_PATTERN = new RegExp(String.raw`${IDCC_LEAD}${IDCC_SEPARATOR}(\d{1,6}[a-z]?)\b`);
const IDCC_WORD_PATTERN = new RegExp(String.raw`\bidcc${IDCC_SEPARATOR}([a-z][a-z0-9-]{0,9})\b`);
const IDCC_AFTER_NUMBER = /\b(\d{1,4})\s*\(?\s*idcc\b/;
const EVERY_IDCC = new RegExp(IDCC_PATTERN, 'g');
const EVERY_IDCC_AFTER_NUMBER = new RegExp(IDCC_AFTER_NUMBER, 'g');
/** Words that may follow "IDCC" in a sentence without being a code. */
const NOT_A_CODE = new Set(
  'de du des d est et ou ou? sur dans mon ma notre votre son leur le la les un une pour par avec applicable applique correspond correspondant inconnu exact precis figure se svp stp please of the my our your is for and on in numero number code trouver connaitre savoir quel quelle'.split(
    ' ',
  ),
);
const NAF_PATTERN = /\b(\d{2})[.\s]?(\d{2})\s?([a-z])\b/;

function normalizeNaf(match: RegExpMatchArray): string {
  return `${match[1]}.${match[2]}${(match[3] ?? '').toUpperCase()}`;
}

/** Reads company identifiers from a normalised (lower-case, accent-free) text. */
export function readCompanyCodes(text: string): CompanySlots {
  const slots: CompanySlots = {};
  const idcc = text.match(IDCC_PATTERN) ?? text.match(IDCC_AFTER_NUMBER);
  if (idcc?.[1]) {
    if (/^\d{1,4}$/.test(idcc[1])) slots.idcc = String(Number(idcc[1]));
    else slots.invalidIdcc = idcc[1];
  } else {
    const word = text.match(IDCC_WORD_PATTERN)?.[1];
    if (word && !NOT_A_CODE.has(word) && (word.length <= 5 || /\d/.test(word))) slots.invalidIdcc = word;
  }
  const all = [...text.matchAll(EVERY_IDCC), ...text.matchAll(EVERY_IDCC_AFTER_NUMBER)]
    .sort((left, right) => (left.index ?? 0) - (right.index ?? 0))
    .flatMap((match) => (match[1] && /^\d{1,4}$/.test(match[1]) ? [String(Number(match[1]))] : []));
  if (new Set(all).size > 1) slots.idccs = [...new Set(all)];
  const nafContext = /\b(naf|ape|code d'activite|activity code)\b/.test(text);
  const naf = text.match(NAF_PATTERN);
  // why: "21 h" or "6 salariés" never look like "70.22Z", but a NAF code is only trusted next to its name
  // or in its compact form with the final letter.
  if (naf && (nafContext || /\d{2}[.]?\d{2}[a-z]\b/.test(naf[0]))) slots.naf = normalizeNaf(naf);
  return slots;
}
