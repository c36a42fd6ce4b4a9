/** @module Detects and redacts French personal data (NIR, IBAN, e-mail, phone) before any model, log or storage sees it. */

export type PersonalDataKind = 'nir' | 'iban' | 'email' | 'phone';

export type Redaction = { text: string; kinds: PersonalDataKind[] };

const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  email: '[e-mail masqué]',
  iban: '[IBAN masqué]',
  nir: '[n° de sécurité sociale masqué]',
  phone: '[téléphone masqué]',
};

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;
// IBAN: country code, 2 check digits, then 11–30 alphanumerics, optionally grouped by 4 with spaces.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi;
// NIR: sex digit, birth year and month, department (2A/2B in Corsica), commune, order, optional key.
const NIR =
  /\b[1-478][ .-]?\d{2}[ .-]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .-]?(?:\d{2}|2[AB])[ .-]?\d{3}[ .-]?\d{3}(?:[ .-]?\d{2})?\b/gi;
// French phone numbers: 0X or +33 X, then four pairs of digits with optional separators.
const PHONE = /(?:\+33[ .-]?|0033[ .-]?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/g;

function ibanChecksumIsValid(candidate: string): boolean {
  const compact = candidate.replace(/\s+/g, '').toUpperCase();
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

/** Replaces personal data with neutral placeholders and lists the kinds found (never the values). */
export function redactPersonalData(input: string): Redaction {
  const kinds = new Set<PersonalDataKind>();
  let text = input.replace(EMAIL, () => {
    kinds.add('email');
    return PLACEHOLDERS.email;
  });
  // why: an IBAN is redacted even with a wrong checksum when it starts with FR/MC and has the French length,
  // because a mistyped IBAN is still personal data; other countries need a valid checksum to avoid false hits.
  text = text.replace(IBAN, (match) => {
    const compact = match.replace(/\s+/g, '');
    const looksFrench = /^(FR|MC)\d{2}/i.test(compact) && compact.length === 27;
    if (!looksFrench && !ibanChecksumIsValid(match)) return match;
    kinds.add('iban');
    return PLACEHOLDERS.iban;
  });
  text = text.replace(NIR, (match) => {
    if (match.replace(/[^0-9AB]/gi, '').length < 13) return match;
    kinds.add('nir');
    return PLACEHOLDERS.nir;
  });
  text = text.replace(PHONE, () => {
    kinds.add('phone');
    return PLACEHOLDERS.phone;
  });
  return { text, kinds: [...kinds] };
}
