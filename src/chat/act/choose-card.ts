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
export function previousCardOf(
  catalogue: CardCatalogue,
  userTurns: readonly string[],
): CompiledCard | undefined {
  for (const turn of [...userTurns].reverse()) {
    const match = catalogue.matcher.match(turn);
    if (match.outcome === 'answer') return catalogue.cards.get(match.card);
    // why: two close cards that run the same simulation (hiring aid before or after a date) are one topic for a follow-up.
    const [first, second] = match.alternatives.map((entry) => catalogue.cards.get(entry.card));
    const simulation = first?.needs?.simulation;
    if (match.outcome === 'clarify' && simulation && second?.needs?.simulation === simulation) return first;
  }
  return undefined;
}

/** Slots the question itself gives that the previous card depends on ("et pour un BTS ?" changes the level). */
function changesNeededSlot(card: CompiledCard, understanding: Understanding): boolean {
  const given = new Set(understanding.questionSlotNames);
  return (card.needs?.slots ?? []).some((slot) => given.has(slot));
}

/** The question alone, or, when it is unclear alone, read together with the previous user turn ("et pour un BTS ?"). */
function matchInContext(catalogue: CardCatalogue, understanding: Understanding): CardMatch {
  if (!understanding.previousTurn) return catalogue.matcher.match(understanding.question);
  const together = catalogue.matcher.match(`${understanding.question} ${understanding.previousTurn}`);
  // why: a follow-up that only changes a figure ("et pour 15 salariés ?") is about the previous question's topic.
  if (understanding.isFollowUp && !understanding.namesTopic) return together;
  const alone = catalogue.matcher.match(understanding.question);
  if (alone.outcome === 'answer') return alone;
  return together.outcome === 'answer' || together.confidence > alone.confidence ? together : alone;
}

export function chooseCard(
  catalogue: CardCatalogue,
  understanding: Understanding,
  previous: CompiledCard | undefined,
): CardChoice {
  const match = matchInContext(catalogue, understanding);
  const cardOf = (id: string | null) => (id ? catalogue.cards.get(id) : undefined);
  // why: a short follow-up that changes a slot of the previous card re-answers that card with the new slot,
  // unless it clearly names another need.
  if (
    previous &&
    understanding.isFollowUp &&
    (match.outcome !== 'answer' || (changesNeededSlot(previous, understanding) && match.card !== previous.id))
  ) {
    const strongOther =
      match.outcome === 'answer' && match.confidence >= 0.8 && !changesNeededSlot(previous, understanding);
    if (!strongOther) return { kind: 'card', card: previous, match, followUp: true };
  }
  if (match.outcome === 'answer') {
    const card = cardOf(match.card);
    if (card) return { kind: 'card', card, match, followUp: false };
  }
  const near = match.alternatives.flatMap((entry) => cardOf(entry.card) ?? []);
  // why: when the close candidates run the same simulation and the user gave what it needs (an IDCC, a headcount…),
  // the computed answer settles the question: no need to ask which card was meant.
  const computable = near.find((card) =>
    card.needs?.slots.some((slot) => understanding.questionSlotNames.includes(slot)),
  );
  if (
    match.outcome === 'clarify' &&
    computable &&
    near.slice(0, 2).every((card) => card.needs?.simulation === computable.needs?.simulation)
  )
    return { kind: 'card', card: computable, match, followUp: false };
  if (match.outcome === 'clarify' && near.length >= 2)
    return { kind: 'clarify', cards: near.slice(0, 2), match };
  return { kind: 'abstain', near: near.slice(0, 2), match };
}
