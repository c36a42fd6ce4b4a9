/** @module Training slots: funding scheme, Qualiopi status, certification level, disability, format, dossier stage. */

export type Scheme =
  | 'plan_developpement_competences'
  | 'contrat_professionnalisation'
  | 'periode_reconversion'
  | 'apprentissage'
  | 'vae'
  | 'bilan_competences';

export type TrainingSlots = {
  scheme?: Scheme;
  providerQualiopi?: boolean;
  certificationLevel?: number;
  disability?: boolean;
  format?: 'presentiel' | 'distanciel' | 'mixte';
  distanceLearningShare?: number;
  stage?: 'before' | 'after';
  /** Documents the user says they already have ("j'ai le devis et le programme"). */
  documents?: string[];
};

const DOCUMENT_WORD =
  /\b(devis|programme|convention|facture|attestation|certificat|emargement|feuilles?|qualiopi|nda|rib|planning|calendrier|kbis|cerfa|contrat|justificatif|releve|logs?|quote|invoice|certificate|attendance|schedule|agreement)\b/;
const HAVE_DOCUMENTS =
  /\b(?:j'ai|nous avons|on a|j'ai deja|nous avons deja|on a deja|je dispose d[eu']|nous disposons d[eu']|i have|we have|i've got|we've got)\s+(?:deja\s+|already\s+)?(.+?)(?=[.?!;]|\b(?:mais|que|quel|quels|quelle|quelles|qu'est|est-ce|il (?:me |nous )?manque|manque|what|but|is|are)\b|$)/;

function documentsOf(text: string): string[] | undefined {
  const match = text.match(HAVE_DOCUMENTS);
  if (!match?.[1]) return undefined;
  const items = match[1]
    .split(/,|\bet\b|\band\b|\bainsi que\b|\+/)
    .map((item) =>
      item.replace(/^\s*(le|la|les|l'|un|une|des|du|the|a|an|our|my|notre|nos|mon|ma|mes)\s*/, '').trim(),
    )
    .filter((item) => DOCUMENT_WORD.test(item));
  return items.length > 0 ? items : undefined;
}

const SCHEMES: ReadonlyArray<[RegExp, Scheme]> = [
  [/\b(bilans? de competences?|skills assessment)\b/, 'bilan_competences'],
  [/\b(vae|validation des acquis)\b/, 'vae'],
  [
    /\b(periodes? de reconversion|reconversion|pro-?a|transco|promotion par l'alternance)\b/,
    'periode_reconversion',
  ],
  [
    /\b(contrats? (de )?pro(fessionnalisation)?|professionnalisation|professionali[sz]ation contract)\b/,
    'contrat_professionnalisation',
  ],
  [/\b(apprenti\w*|apprentices?|apprenticeships?|cfa)\b/, 'apprentissage'],
  [
    /\b(plan de (developpement des competences|formation|developpement)|pdc|skills development plan|training plan)\b/,
    'plan_developpement_competences',
  ],
];

const QUALIOPI_NO =
  /\b(pas|non|sans|ni|plus|not|no|isn't|is not|without|lacks?)\W+(?:\w+\W+){0,3}?(?:certifi\w* )?qualiopi\b|\bqualiopi\W+(?:\w+\W+){0,2}?(non|pas|expire\w*|retire\w*|suspendu\w*|perdu\w*|no|not|expired)\b|\bnon[- ]certifi\w*\b|\b(pas|plus|not) (certifi\w*|certified)\b/;
const QUALIOPI_YES =
  /\b(certifi\w*|certified|est|sont|oui|yes|is|are|organismes?|prestataires?|of|cfa|providers?|avec|with)\W+(?:\w+\W+){0,3}?qualiopi\b|\bqualiopi\W+(oui|ok|yes|certifi\w*|valide|providers?|organismes?|prestataires?|of|cfa|trainers?|formateurs?)\b/;

const LEVELS: ReadonlyArray<[RegExp, number]> = [
  [/\bniveau (3|4|5|6|7|8)\b|\blevel (3|4|5|6|7|8)\b/, 0],
  [/\b(doctorat|phd|doctorate|bac ?\+ ?8)\b/, 8],
  [
    /\b(master|masteres?|mba|msc|(diplomes?|ecoles?|cycle) d'ingenieurs?|engineering degree|bac ?\+ ?5|bac ?\+ ?4)\b/,
    7,
  ],
  [/\b(licence(?!s? (de |d')?logiciel)|licence pro\w*|bachelor|bachelor's|but|bac ?\+ ?3)\b/, 6],
  [/\b(bts|dut|deust|bac ?\+ ?2)\b/, 5],
  [/\b(bac pro|baccalaureat professionnel|bp|brevet professionnel|bac)\b/, 4],
  [/\bcap\b/, 3],
];

function schemeOf(text: string): Scheme | undefined {
  return SCHEMES.find(([pattern]) => pattern.test(text))?.[1];
}

function levelOf(text: string, original: string): number | undefined {
  for (const [pattern, level] of LEVELS) {
    const match = text.match(pattern);
    if (!match) continue;
    if (level === 0) return Number(match[1] ?? match[2]);
    // why: "cap" is also an English word ("funding cap"); the diploma is written in capitals or next to a learner.
    if (
      level === 3 &&
      !/\bCAP\b/.test(original) &&
      !/\b(en|un|d'un|du|le|prepare\w*|diplome) cap\b/.test(text)
    )
      continue;
    if (level === 6 && match[1] === 'but' && !/\bBUT\b/.test(original)) continue;
    return level;
  }
  return undefined;
}

/** Reads training slots from a normalised text; `original` keeps the case for acronyms. */
export function extractTraining(text: string, original: string): TrainingSlots {
  const slots: TrainingSlots = {};
  const scheme = schemeOf(text);
  if (scheme) slots.scheme = scheme;
  if (/qualiopi|certifi/.test(text)) {
    if (QUALIOPI_NO.test(text) && /qualiopi|organisme|prestataire|provider|of\b|cfa/.test(text))
      slots.providerQualiopi = false;
    else if (QUALIOPI_YES.test(text)) slots.providerQualiopi = true;
  }
  const level = levelOf(text, original);
  if (level !== undefined) slots.certificationLevel = level;
  if (/\b(handicap\w*|rqth|disab\w*|travailleur handicape)\b/.test(text)) {
    slots.disability = !/\b(pas|non|sans|not|no|without)\W+(?:\w+\W+){0,3}?(handicap\w*|rqth|disab\w*)/.test(
      text,
    );
  }
  const share = text.match(
    /\b(\d{1,3})\s?%\s*(?:de la formation\s*)?(?:a distance|en distanciel|en ligne|en e-learning|distance|online|remote)/,
  );
  if (share?.[1]) slots.distanceLearningShare = Math.min(1, Number(share[1]) / 100);
  else if (
    /\b(entierement|totalement|100 ?%|fully|100 percent) (a distance|en distanciel|en ligne|online|remote)\b/.test(
      text,
    )
  ) {
    slots.distanceLearningShare = 1;
  }
  if (/\b(mixte|blended|hybride)\b/.test(text)) slots.format = 'mixte';
  else if (/\b(a distance|distanciel|e-learning|en ligne|online|remote|visio)\b/.test(text))
    slots.format = 'distanciel';
  else if (/\b(presentiel|en salle|in person|on site|sur site)\b/.test(text)) slots.format = 'presentiel';
  if (
    /\b(apres la formation|formation (est )?(terminee|finie|achevee)|une fois (la formation )?(terminee|finie)|(en |a la )?fin de (la )?formation|after the (training|course)|training (is )?(over|finished|completed))\b/.test(
      text,
    )
  ) {
    slots.stage = 'after';
  } else if (
    /\b(avant (la formation|le debut|le demarrage|de (commencer|demarrer))|before the (training|course|start))\b/.test(
      text,
    )
  ) {
    slots.stage = 'before';
  }
  const documents = documentsOf(text);
  if (documents) slots.documents = documents;
  return slots;
}
