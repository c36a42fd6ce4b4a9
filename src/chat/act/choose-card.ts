/** @module Act: picks the card that answers the turn — the matcher's choice, or the previous card for a follow-up. */
import type { CompiledCard } from '../../knowledge/answer-card-schema';
import type { CardMatch, CardMatcher } from '../../matching';
import type { Understanding } from '../understand/understand-question';

export type CardChoice =
  | { kind: 'card'; card: CompiledCard; match: CardMatch; followUp: boolean }
  | { kind: 'clarify'; cards: CompiledCard[]; match: CardMatch }
  | { kind: 'abstain'; near: CompiledCard[]; match: CardMatch };

export type CardCatalogue = { cards: ReadonlyMap<string, CompiledCard>; matcher: CardMatcher };

/** The card the conversation was about: the last earlier user turn the matcher answers with confidence. */
export function previousCardOf(catalogue: CardCatalogue, userTurns: readonly string[]): CompiledCard | undefined {
  for (const turn of [...userTurns].reverse()) {
    const match = catalogue.matcher.match(turn);
    if (match.outcome === 'answer') return catalogue.cards.get(match.card);
  }
  return undefined;
}

/** Slots the question itself gives that the previous card depends on ("et pour un BTS ?" changes the level). */
function changesNeededSlot(card: CompiledCard, understanding: Understanding): boolean {
  const given = new Set(understanding.questionSlotNames);
  return (card.needs?.slots ?? []).some((slot) => given.has(slot));
}

export function chooseCard(
  catalogue: CardCatalogue,
  understanding: Understanding,
  previous: CompiledCard | undefined,
): CardChoice {
  const match = catalogue.matcher.match(understanding.question);
  const cardOf = (id: string | null) => (id ? catalogue.cards.get(id) : undefined);
  // why: a short follow-up that changes a slot of the previous card re-answers that card with the new slot,
  // unless it clearly names another need.
  if (
    previous &&
    understanding.isFollowUp &&
    (match.outcome !== 'answer' || (changesNeededSlot(previous, understanding) && match.card !== previous.id))
  ) {
    const strongOther = match.outcome === 'answer' && match.confidence >= 0.8 && !changesNeededSlot(previous, understanding);
    if (!strongOther) return { kind: 'card', card: previous, match, followUp: true };
  }
  if (match.outcome === 'answer') {
    const card = cardOf(match.card);
    if (card) return { kind: 'card', card, match, followUp: false };
  }
  const near = match.alternatives.flatMap((entry) => cardOf(entry.card) ?? []);
  if (match.outcome === 'clarify' && near.length >= 2) return { kind: 'clarify', cards: near.slice(0, 2), match };
  return { kind: 'abstain', near: near.slice(0, 2), match };
}
