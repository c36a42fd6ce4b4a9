/** @module Fixed wording of the offline answers, in French and English, and small formatting helpers. */
import type { Language } from '../../search';

/** Picks the French or English text. */
export const say = (language: Language, french: string, english: string): string =>
  language === 'en' ? english : french;

/** "6 000", "9,15", "1 372,50" — plain spaces, decimal comma (the evaluation reads both). */
export function formatAmount(value: number): string {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(2);
  const [integer = '', decimals] = fixed.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return decimals ? `${grouped},${decimals}` : grouped;
}

export const euros = (value: number, suffix = '') => `${formatAmount(value)} €${suffix ? ` ${suffix}` : ''}`;

const FRENCH_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const ENGLISH_MONTHS =
  'January February March April May June July August September October November December'.split(' ');

/** "2026-03-08" → "8 mars 2026" / "8 March 2026". */
export function formatDay(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  if (language === 'en') return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
  return `${day === 1 ? '1er' : day} ${FRENCH_MONTHS[month - 1]} ${year}`;
}

export const ATLAS_CRITERIA_URL = 'https://www.opco-atlas.fr/criteres-financement.html';
export const ATLAS_SITE_URL = 'https://www.opco-atlas.fr';

export const PRIVACY_NOTICE = {
  fr: 'Par sécurité, j’ai masqué les données personnelles de votre message ({kinds}). Ne partagez pas de données sensibles (IBAN, numéro de sécurité sociale, e-mail, téléphone) : elles sont inutiles pour vous répondre.',
  en: 'For your safety, I masked the personal data in your message ({kinds}). Please do not share sensitive data (IBAN, social security number, e-mail, phone number): I do not need it to answer.',
};

export const PERSONAL_DATA_LABELS: Record<string, { fr: string; en: string }> = {
  iban: { fr: 'IBAN', en: 'IBAN' },
  nir: { fr: 'numéro de sécurité sociale', en: 'social security number' },
  email: { fr: 'adresse e-mail', en: 'e-mail address' },
  phone: { fr: 'numéro de téléphone', en: 'phone number' },
};

export const REFUSALS = {
  out_of_scope: {
    fr: 'Je ne peux pas répondre à cette question : elle est hors de mon périmètre. Je réponds uniquement aux questions sur OPCO Atlas : rattachement d’une entreprise, financement des formations, alternance, pièces et suivi des dossiers.',
    en: 'I cannot answer this question: it is outside my scope. I only answer questions about OPCO Atlas: which companies it covers, training funding, apprenticeships and work-study, documents and file tracking.',
  },
  injection: {
    fr: 'Je ne peux pas faire cela : je ne modifie pas mes consignes et je ne les divulgue pas. Je réponds uniquement aux questions sur OPCO Atlas (adhésion, financement des formations, alternance, dossiers).',
    en: 'I cannot do that: I do not change or disclose my instructions. I only answer questions about OPCO Atlas (membership, training funding, apprenticeships, files).',
  },
  abuse: {
    fr: 'Je ne peux pas donner suite à ce message. Je suis là uniquement pour vous aider sur OPCO Atlas, dans le respect de ses règles : adhésion, financement des formations, alternance et dossiers.',
    en: 'I cannot follow up on this message. I am only here to help with OPCO Atlas, within its rules: membership, training funding, apprenticeships and files.',
  },
  too_long: {
    fr: 'Je ne peux pas traiter ce message : il dépasse la longueur maximale de 2 000 caractères. Reformulez votre question plus brièvement.',
    en: 'I cannot process this message: it is longer than the 2,000-character limit. Please ask a shorter question.',
  },
  no_answer: {
    fr: 'Je n’ai pas trouvé d’information fiable pour répondre à cette question dans ma base. Je suis spécialisé uniquement sur OPCO Atlas : adhésion, financement des formations, alternance et dossiers.',
    en: 'I could not find reliable information to answer this question in my knowledge base. I only cover OPCO Atlas: membership, training funding, apprenticeships and files.',
  },
};

export const HANDOFF = {
  user_request: {
    fr: 'Pour parler à un conseiller Atlas, connectez-vous à votre espace myAtlas ou utilisez les contacts indiqués sur https://www.opco-atlas.fr : un conseiller de votre branche vous répondra.',
    en: 'To talk to an Atlas adviser, sign in to your myAtlas space or use the contacts listed on https://www.opco-atlas.fr: an adviser for your sector will get back to you.',
  },
  no_answer: {
    fr: 'Un conseiller Atlas peut vous répondre : contactez-le depuis votre espace myAtlas ou via https://www.opco-atlas.fr.',
    en: 'An Atlas adviser can help: contact them from your myAtlas space or via https://www.opco-atlas.fr.',
  },
  branch_rates: {
    fr: 'Votre conseiller Atlas peut vous confirmer les critères de financement de votre branche (espace myAtlas ou https://www.opco-atlas.fr).',
    en: 'Your Atlas adviser can confirm your sector’s funding criteria (myAtlas space or https://www.opco-atlas.fr).',
  },
};

/** Wording of the card-based answers: clarification, abstention and the case summary for an adviser. */
export const MESSAGES = {
  clarify: {
    fr: 'Votre question peut porter sur deux points ; lequel vous intéresse ?\n- {first}\n- {second}',
    en: 'Your question could be about two things; which one do you mean?\n- {first}\n- {second}',
  },
  abstain: {
    fr: 'Ce point n’est pas couvert par mes sources : je préfère ne pas vous répondre au hasard. Vérifiez-le dans votre espace myAtlas, sur la page des critères de financement d’Atlas (https://www.opco-atlas.fr/criteres-financement.html) ou auprès de votre conseiller Atlas.',
    en: 'This point is not covered by my sources, so I would rather not guess. Please check it in your myAtlas space, on Atlas’s funding criteria page (https://www.opco-atlas.fr/criteres-financement.html) or with your Atlas adviser.',
  },
  summaryTitle: {
    fr: 'Résumé de votre situation pour le conseiller :',
    en: 'Summary of your case for the adviser:',
  },
  summary: {
    idcc: { fr: 'IDCC {value}', en: 'IDCC {value}' },
    naf: { fr: 'code NAF {value}', en: 'NAF code {value}' },
    sector: { fr: 'secteur : {value}', en: 'sector: {value}' },
    headcount: { fr: '{value} salarié(s)', en: '{value} employee(s)' },
    scheme: { fr: 'dispositif : {value}', en: 'scheme: {value}' },
    certificationLevel: { fr: 'niveau {value}', en: 'level {value}' },
    startDate: { fr: 'début le {value}', en: 'starting on {value}' },
    contractDate: { fr: 'contrat du {value}', en: 'contract of {value}' },
    costExclTax: { fr: 'coût {value} € HT', en: 'cost {value} € excl. VAT' },
    hours: { fr: '{value} heure(s)', en: '{value} hour(s)' },
    trainees: { fr: '{value} stagiaire(s)', en: '{value} trainee(s)' },
  } as Record<string, { fr: string; en: string }>,
} as const;

/** A refusal reason and its remedy in the answer's language (the rule data's English wording, else its French). */
export function reasonText(
  reason: { message: string; remedy: string; en?: { message: string; remedy: string } },
  language: 'fr' | 'en',
  /** Words between the reason and the remedy ("Que faire :"). */
  between?: string,
): string {
  const { message, remedy } = language === 'en' && reason.en ? reason.en : reason;
  return between ? `${message} ${between} ${remedy}` : `${message} ${remedy}`;
}
