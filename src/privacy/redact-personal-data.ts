/**
 * @module Detects and redacts French personal data (NIR, IBAN, e-mail, phone) before any model, log or storage sees
 * it, including the written variants people use: non-breaking spaces, dots, dashes, slashes, `+33 (0)`, `(at)`…
 */

export type PersonalDataKind = 'nir' | 'iban' | 'email' | 'phone';

export type Redaction = { text: string; kinds: PersonalDataKind[] };

const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  email: '[e-mail masqué]',
  iban: '[IBAN masqué]',
  nir: '[n° de sécurité sociale masqué]',
  phone: '[téléphone masqué]',
};

/** Spaces as typed or pasted: ordinary, non-breaking (U+00A0), narrow non-breaking (U+202F), thin (U+2009). */
const SPACE = '[ \\u00a0\\u202f\\u2009]';
/** Separators inside a number: a space of any kind, a dot, a dash or a slash. */
const SEPARATOR = `(?:${SPACE}|[.\\-/])`;

// E-mail: `@` or its spelled-out forms, possibly with spaces around; dots possibly spelled `[dot]`/`(point)`.
const AT = `(?:${SPACE}*@${SPACE}*|${SPACE}*[([{]${SPACE}*(?:at|arobase|chez)${SPACE}*[)\\]}]${SPACE}*|${SPACE}+(?:at|arobase)${SPACE}+)`;
const DOT = `(?:\\.|${SPACE}*[([{]${SPACE}*(?:dot|point)${SPACE}*[)\\]}]${SPACE}*)`;
const EMAIL = new RegExp(
  `[\\p{L}0-9._%+-]*[\\p{L}0-9_%+-]${AT}[\\p{L}0-9-]+(?:${DOT}[\\p{L}0-9-]+)*${DOT}\\p{L}{2,}(?![\\p{L}0-9-])`,
  'giu',
);

// IBAN candidates: country code, 2 check digits, then 11–30 alphanumerics with optional separators; the exact end is
// found by the checksum (see below), so a word that follows is never swallowed.
const IBAN = new RegExp(`\\b[A-Z]{2}\\d{2}(?:${SEPARATOR}?[A-Z0-9]){11,32}`, 'gi');

// NIR: sex digit, birth year and month, department (2A/2B in Corsica), commune, order, optional key.
const NIR_SEPARATOR = `(?:${SPACE}|[.\\-])?`;
const NIR = new RegExp(
  `(?<![\\d])[1-478]${NIR_SEPARATOR}\\d{2}${NIR_SEPARATOR}(?:0[1-9]|1[0-2]|[2-9]\\d)${NIR_SEPARATOR}(?:\\d{2}|2[AB])${NIR_SEPARATOR}\\d{3}${NIR_SEPARATOR}\\d{3}(?:${NIR_SEPARATOR}\\d{2})?(?![\\d])`,
  'gi',
);

// Phones: +33 / 0033 / (+33), an optional `(0)`, then 9 digits; or 0X and 8 digits. One separator kind throughout,
// so dates and amounts (`01/09/2026 30`, `2 100 €`) never read as phone numbers.
const PHONE_SEPARATOR = `(${SPACE}|[.\\-/])?`;
const INTERNATIONAL = `(?:(?:\\+|00)33|\\(\\+33\\))${SEPARATOR}?(?:\\(0\\)${SEPARATOR}?)?[1-9]`;
const PHONE = new RegExp(
  `(?:${INTERNATIONAL}|(?<![\\d+])0[1-9])${PHONE_SEPARATOR}\\d{2}(?:\\1\\d{2}){3}(?![\\d])`,
  'g',
);

function ibanChecksumIsValid(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const digits = code >= 65 && code <= 90 ? String(code - 55) : character;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * The length of the longest prefix of `candidate` that is an IBAN, or 0. An IBAN with a wrong checksum is still
 * personal data when it starts with FR/MC and has the French length (27); other countries need a valid checksum.
 */
function ibanLength(candidate: string): number {
  let compact = '';
  const ends: Array<{ compact: string; end: number }> = [];
  for (let index = 0; index < candidate.length; index++) {
    const character = candidate[index] as string;
    if (/[a-z0-9]/i.test(character)) {
      compact += character.toUpperCase();
      ends.push({ compact, end: index + 1 });
    }
  }
  for (const { compact: prefix, end } of ends.reverse()) {
    if (ibanChecksumIsValid(prefix)) return end;
    if (/^(FR|MC)\d{2}/.test(prefix) && prefix.length === 27 && /^[A-Z0-9]*$/.test(prefix)) return end;
  }
  return 0;
}

/** Replaces personal data with neutral placeholders and lists the kinds found (never the values). */
export function redactPersonalData(input: string): Redaction {
  const kinds = new Set<PersonalDataKind>();
  const mask = (kind: PersonalDataKind) => {
    kinds.add(kind);
    return PLACEHOLDERS[kind];
  };
  let text = input.replace(EMAIL, () => mask('email'));
  text = text.replace(IBAN, (match) => {
    const length = ibanLength(match);
    return length === 0 ? match : mask('iban') + match.slice(length);
  });
  text = text.replace(NIR, (match) => (match.replace(/[^0-9AB]/gi, '').length < 13 ? match : mask('nir')));
  text = text.replace(PHONE, () => mask('phone'));
  return { text, kinds: [...kinds] };
}

/** The redacted text alone, for the many callers that only store or forward it. */
export const redactText = (input: string): string => redactPersonalData(input).text;
