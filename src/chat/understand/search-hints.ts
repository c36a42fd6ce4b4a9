/** @module Question shapes → extra French search words ("pourquoi passer par…" → avantages), for retrieval only. */
import { normalizeText } from '../../search';

const HINTS: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(pourquoi (passer par|utiliser|recourir|faire appel|choisir|solliciter)|quel(s)? (interet|avantages?)|why (use|go through)|benefits?|advantages?)\b/,
    'avantages intérêt budget trésorerie financer',
  ],
  [
    /\b(missions?|roles?|que fait|a quoi (sert|servent)|what does .* do|what is .* for)\b/,
    'rôle leviers volets définition',
  ],
  [
    /\b(petites? (entreprises?|structures?|societes?|boites?)|tpe|pme|small (business|companies|company))\b/,
    'tpe pme',
  ],
  [
    /\b(signifie|signification|veut dire|veulent dire|c'est quoi|qu'est-ce qu'(un|une)|definition|acronyme|abreviation|abrege|initiales|sigle|stand for|meaning)\b/,
    'définition sigle signifie',
  ],
  [
    /\b(depuis quand|depuis quelle annee|quelle annee|since when|what year|date de creation|crees?|created|exist\w*|datent|apparus|naissance|remplace\w*|ancien\w*|opca)\b/,
    'création depuis date relais',
  ],
  [/\b(ou en est|avancement|suivre|suivi|statuts?|track\w*|status)\b/, 'suivi statut avancement instruction'],
  [
    /\b(eviter (un |le |les )?refus|accepte\w* (vite|rapidement|plus vite)|conseils?|astuces?|bonnes pratiques|tips|accelerer)\b/,
    'bonnes pratiques anticiper complet délais',
  ],
  [/\b(livr\w*|produit|deliverables?)\b/, 'livrables référentiel'],
  [
    /\b(qui a (cree|fonde|lance|mis en place)|d'ou vient|origines?|histoire|historique|fonde\w*|ne de|who (created|founded)|origin\w*|history)\b/,
    'origine historique rapprochement anciens organismes création',
  ],
  [
    /\b(baiss\w*|diminu\w*|redui\w*|reduction|minor\w*|moins (cher|eleve)|decote|abattement|lower\w*|reduc\w*)\b/,
    'réduit minoré réduction',
  ],
  [/\b(pro-?a|transco)\b/, 'période de reconversion'],
  [/\b(embaucher|recruter|recrutement|recrute|hire)\b/, 'recruter alternant'],
  [
    /\b(combien d'heures|quelle duree|how many hours|how long|(quelle )?part du temps|temps de formation|proportion|pourcentage)\b/,
    'durée heures représente',
  ],
  [/\b(qui (peut|pourra|doit) (me )?(confirmer|dire|indiquer)|who can)\b/, 'confirmer interlocuteur'],
  [
    /\b(exclu\w*|(pas|non|jamais|aucun\w*) (pris en charge|financ\w*|rembours\w*)|(financ\w*|prend|rembours\w*) (pas|jamais)|not (covered|funded)|excluded)\b/,
    'exclus exclusions',
  ],
  [
    /\b(paye|payer|paiement|regle|reglement|avancer|avance (les|des|de) frais|pay|payment)\b/,
    'paiement subrogation remboursement',
  ],
];

/** Extra search words for the shape of the question (empty when none applies). */
export function searchHints(question: string): string {
  const text = normalizeText(question);
  return HINTS.filter(([pattern]) => pattern.test(text))
    .map(([, words]) => words)
    .join(' ');
}
