/** @module Intent of a question from weighted cue words and slots; ties follow a fixed priority. */
import { normalizeText } from '../../search';
import type { Slots } from './extract-slots';

export type TopicIntent = 'membership' | 'funding' | 'documents' | 'refusal' | 'apprenticeship' | 'general';

type Cue = { intent: TopicIntent; pattern: RegExp; weight: number };

const CUES: readonly Cue[] = [
  {
    intent: 'membership',
    pattern:
      /\b(quel(le)?s? opco|which opco|what opco|my opco|our opco|mon opco|notre opco|leur opco|son opco|bon opco|opco (competent|de rattachement|dont)|trouver (mon|notre|son) opco)\b/,
    weight: 3,
  },
  {
    intent: 'membership',
    pattern:
      /\b(relev\w*|depend\w*|rattach\w*|couvert\w*|affili\w*|adher\w*|belong\w*|covered|fall under|falls under|part of|gere\w*|chez)\b(?:\W+\w+){0,3}?\W+(atlas|opco|quel|which)\b|\b(est[- ]ce|c'est|sommes[- ]nous|on est|is it|is) (bien )?(chez )?atlas\b|\batlas (est |est[- ]il |est[- ]elle |is )?(bien )?(notre|mon|leur|our|my) opco\b|[,:;]\s*(chez |c'est )?atlas\s*\?\s*$|^(\w+\W+){0,4}atlas\s*\?\s*$/,
    weight: 3,
  },
  {
    intent: 'funding',
    pattern: /\b(combien|montant|how much|amount|chiffr\w*|estim\w*|simul\w*)\b/,
    weight: 2,
  },
  {
    intent: 'funding',
    pattern:
      /\b(financ\w*|prise en charge|pris en charge|rembours\w*|payer|paye|budget|cout\w*|plafond\w*|bareme\w*|funding|fund|cover\w*|reste a charge)\b|€/,
    weight: 1.5,
  },
  {
    intent: 'documents',
    pattern:
      /\b(pieces?|documents?|justificatifs?|fournir|fourni|transmettre|envoy\w*|factur\w*|attestation\w*|emargement\w*|certificat de realisation|devis|convention de formation|programme|depos\w*|depot|demarche\w*|suivre|suivi|statut\w*|avancement|delai\w*|dossier\w*|paperwork|submit\w*|track\w*|status|deadline|apply|application)\b/,
    weight: 2,
  },
  {
    intent: 'refusal',
    pattern:
      /\b(refus\w*|rejet\w*|rejected|denied|declined|irrecevable|inelig\w*|non eligible|motifs?|pourquoi (ma|notre|mon|la|le) (demande|dossier|prise en charge)|why (was|is|did) (my|our|the))\b/,
    weight: 3,
  },
  {
    intent: 'apprenticeship',
    pattern:
      /\b(apprenti\w*|alternan\w*|cfa|npec|aides? (a|de) l'embauche|embauch\w*|maitres? d'apprentissage|tuteurs?|tutorat|contrats? pro\w*|professionnalisation|participation (de l')?employeur|reste a charge employeur|hiring (aid|grant|bonus)|apprentice\w*|work-study|tutor\w*|mentor\w*)\b/,
    weight: 2,
  },
];

const TRAINING_WORDS = /\b(formations?|former|stage|session|cours|training|course|module)\b/;

const PRIORITY: readonly TopicIntent[] = [
  'refusal',
  'membership',
  'apprenticeship',
  'funding',
  'documents',
  'general',
];

export type IntentScores = Record<TopicIntent, number>;

/** Scores each intent for one message; `general` keeps a floor of 1. */
export function scoreIntents(message: string, slots: Slots): IntentScores {
  const text = normalizeText(message);
  const scores: IntentScores = {
    membership: 0,
    funding: 0,
    documents: 0,
    refusal: 0,
    apprenticeship: 0,
    general: 1,
  };
  for (const cue of CUES) if (cue.pattern.test(text)) scores[cue.intent] += cue.weight;
  // why: an IDCC given alongside a training to fund is context for the funding question, not the question.
  const fundingAsked = scores.funding > 0 && TRAINING_WORDS.test(text);
  if (slots.idcc || slots.invalidIdcc || slots.naf) scores.membership += fundingAsked ? 1 : 3;
  if (slots.costExclTax !== undefined) scores.funding += 2;
  if (slots.hours !== undefined) scores.funding += 1;
  if (slots.trainees !== undefined) scores.funding += 1;
  if (slots.providerQualiopi === false) scores.refusal += 2;
  if (slots.startedAlready) scores.refusal += 2;
  if (slots.certificationLevel !== undefined) scores.apprenticeship += 2;
  if (slots.disability) scores.apprenticeship += 1;
  if (slots.scheme === 'apprentissage' || slots.scheme === 'contrat_professionnalisation')
    scores.apprenticeship += 1;
  return scores;
}

export function topIntent(scores: IntentScores): TopicIntent {
  let best: TopicIntent = 'general';
  for (const intent of PRIORITY) if (scores[intent] > scores[best]) best = intent;
  return best;
}
