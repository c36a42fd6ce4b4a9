/** @module Decides between answering with a card, asking which of two cards is meant, or abstaining. */
import { type CardModel, type CardScore, classify } from './card-classifier';
import { cardFeatures } from './card-features';
import type { CompiledLexicon } from './lexicon-matcher';

export type MatchThresholds = {
  /** Below this probability nothing is close: abstain. */
  abstain: number;
  /** Below this probability, with a runner-up close behind, ask which card is meant. */
  answer: number;
  /** "Close behind": the runner-up's probability is at least this share of the leader's. */
  closeRatio: number;
};

export type CardMatch =
  | { outcome: 'answer'; card: string; confidence: number; alternatives: CardScore[] }
  | { outcome: 'clarify'; card: string; confidence: number; alternatives: CardScore[] }
  | { outcome: 'abstain'; card: string | null; confidence: number; alternatives: CardScore[] };

export type CardMatcher = {
  match(text: string): CardMatch;
  scores(text: string): CardScore[];
};

export function decide(scores: CardScore[], thresholds: MatchThresholds): CardMatch {
  const [first, second] = scores;
  const alternatives = scores.slice(0, 3);
  if (!first || first.probability < thresholds.abstain)
    return {
      outcome: 'abstain',
      card: first?.card ?? null,
      confidence: first?.probability ?? 0,
      alternatives,
    };
  const close = second !== undefined && second.probability >= thresholds.closeRatio * first.probability;
  if (first.probability < thresholds.answer && close)
    return { outcome: 'clarify', card: first.card, confidence: first.probability, alternatives };
  return { outcome: 'answer', card: first.card, confidence: first.probability, alternatives };
}

/** Question sentences of a message, a format: the text is cut after each question mark. */
export function questionSentences(text: string): string[] {
  return text
    .split(/(?<=\?)\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.endsWith('?'));
}

export function createCardMatcher(
  model: CardModel,
  lexicon: CompiledLexicon,
  thresholds: MatchThresholds,
): CardMatcher {
  const scores = (text: string) => classify(model, cardFeatures(text, lexicon));
  return { scores, match: (text) => decide(scores(text), thresholds) };
}
