/** @module Company slots: IDCC (every written form, and malformed ones), NAF/APE code, sector words. */

export type CompanySlots = {
  /** Digits only, without leading zeros ("0787" → "787"). */
  idcc?: string;
  /** What the user wrote after "IDCC" when it cannot be a code ("abc", "12345"). */
  invalidIdcc?: string;
  /** Normalised as "70.22Z". */
  naf?: string;
  /** The sector words as the user wrote them (normalised), e.g. "cabinet d'expertise comptable". */
  sector?: string;
};

const IDCC_LEAD = String.raw`\b(?:idcc|i\.d\.c\.c\.?|ccn|convention collective(?: nationale)?(?: de branche)?|convention|collective agreement|brochure jo)`;
const IDCC_SEPARATOR = String.raw`\s*(?:n\s?°|no\.?|num(?:ero)?\.?|number|:|=|#|est(?: le)?|c'est(?: le)?|is|code)?\s*`;
const IDCC_PATTERN = new RegExp(String.raw`${IDCC_LEAD}${IDCC_SEPARATOR}(\d{1,6}[a-z]?)\b`);
const IDCC_WORD_PATTERN = new RegExp(String.raw`\bidcc${IDCC_SEPARATOR}([a-z][a-z0-9-]{0,9})\b`);
const IDCC_AFTER_NUMBER = /\b(\d{1,4})\s*\(?\s*idcc\b/;
/** Words that may follow "IDCC" in a sentence without being a code. */
const NOT_A_CODE = new Set(
  'de du des d est et ou ou? sur dans mon ma notre votre son leur le la les un une pour par avec applicable applique correspond correspondant inconnu exact precis figure se svp stp please of the my our your is for and on in numero number code trouver connaitre savoir quel quelle'.split(
    ' ',
  ),
);
/** Convention names that identify one IDCC without ambiguity. */
const NAMED_CONVENTIONS: ReadonlyArray<[RegExp, string]> = [[/\b(syntec|cinov|betic)\b/, '1486']];

const NAF_PATTERN = /\b(\d{2})[.\s]?(\d{2})\s?([a-z])\b/;

/** Sector words users write; the label names the family (the simulator's sector hints decide the OPCO). */
export const SECTOR_WORDS: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(cabinets? (d'expertise[- ])?comptables?|expert[- ]comptables?|expertise[- ]comptable|commissaires? aux comptes|comptabilite|accounting firm|accountants?)\b/,
    'expertise comptable',
  ],
  [
    /\b(esn|ssii|entreprises? de services numeriques|editeurs? de logiciels?|software (company|publisher)|it services|numerique|informatique|cybersecurite|cyber ?security|infogerance|data|intelligence artificielle|\bia\b|digital|startup tech|saas)\b/,
    'numérique',
  ],
  [
    /\b(fintech|neobanque|banques?|bancaire|bank|banking|etablissements? (financiers?|de credit|de paiement)|societes? (financieres?|de financement)|credit[- ]bail|affacturage|marches? financiers|gestion d'actifs|asset management)\b/,
    'banque finance',
  ],
  [/\b(mutuelles?|mutualite)\b/, 'mutuelle'],
  [
    /\b(assurances?|assureurs?|courtiers?|courtage|agents? generaux?|agences? generales?|insurance|insurer|broker|societes? d'assistance)\b/,
    'assurance',
  ],
  [
    /\b(cabinets? de conseil|conseil en (gestion|strategie|management|organisation|rh)|consulting|consultants?|audit|actuariat|risk management|compliance)\b/,
    'conseil audit',
  ],
  [
    /\b(bureaux? d'etudes?|ingenierie|engineering|ingenieurs?[- ]conseils?|r&d|recherche et developpement|amo|assistance a maitrise d'ouvrage|etudes de marche|foires? et salons?|traduction)\b/,
    'ingénierie études',
  ],
  [/\b(geometres?(-experts?)?|topograph\w*)\b/, 'géomètre'],
  [/\b(economistes? de la construction|metreurs?)\b/, 'économiste de la construction'],
  [/\b(proprete|nettoyage|cleaning)\b/, 'propreté'],
  [/\b(portage salarial)\b/, 'portage salarial'],
  [/\b(hotels?|restaurants?|restauration|cafes?|hcr|hotellerie)\b/, 'hôtels cafés restaurants'],
  [
    /\b(organismes? de formation|centres? de formation|training (company|provider))\b/,
    'organisme de formation',
  ],
  [
    /\b(garages?|services de l'automobile|concessionnaires?|transports? routiers?|transport|logistique)\b/,
    'transport automobile',
  ],
  [/\b(batiment|btp|travaux publics|construction)\b/, 'bâtiment'],
  [/\b(architectes?|architecture|avocats?|notaires?|notariat|pharmacies?)\b/, 'professions libérales'],
  [/\b(hopital|clinique|ehpad|sante|medico-social)\b/, 'santé'],
];

function normalizeNaf(match: RegExpMatchArray): string {
  return `${match[1]}.${match[2]}${(match[3] ?? '').toUpperCase()}`;
}

/** Reads company identifiers from a normalised (lower-case, accent-free) text. */
export function extractCompany(text: string): CompanySlots {
  const slots: CompanySlots = {};
  const idcc = text.match(IDCC_PATTERN) ?? text.match(IDCC_AFTER_NUMBER);
  if (idcc?.[1]) {
    if (/^\d{1,4}$/.test(idcc[1])) slots.idcc = String(Number(idcc[1]));
    else slots.invalidIdcc = idcc[1];
  } else {
    const word = text.match(IDCC_WORD_PATTERN)?.[1];
    if (word && !NOT_A_CODE.has(word) && (word.length <= 5 || /\d/.test(word))) slots.invalidIdcc = word;
  }
  if (!slots.idcc && !slots.invalidIdcc) {
    for (const [pattern, code] of NAMED_CONVENTIONS) if (pattern.test(text)) slots.idcc = code;
  }
  const nafContext = /\b(naf|ape|code d'activite|activity code)\b/.test(text);
  const naf = text.match(NAF_PATTERN);
  // why: "21 h" or "6 salariés" never look like "70.22Z", but a NAF code is only trusted next to its name
  // or in its compact form with the final letter.
  if (naf && (nafContext || /\d{2}[.]?\d{2}[a-z]\b/.test(naf[0]))) slots.naf = normalizeNaf(naf);
  for (const [pattern] of SECTOR_WORDS) {
    const match = text.match(pattern);
    if (match) {
      slots.sector = match[0];
      break;
    }
  }
  return slots;
}

/** The family name of sector words ("néobanque" → "banque finance"), for a second, broader membership lookup. */
export function sectorFamily(sector: string): string | undefined {
  return SECTOR_WORDS.find(([pattern]) => pattern.test(sector))?.[1];
}
