/** @module Act: a second question in the same message ("… ? et … ?"), answered by its own card when the matcher is sure. */
import type { CompiledCard } from '../../knowledge/answer-card-schema';
import { questionSentences } from '../../matching';
import type { Language } from '../../search';
import type { CardCatalogue } from './choose-card';

/** How sure the matcher must be of a second question's card before answering it too. */
const SECOND_QUESTION_CONFIDENCE = 0.5;

/** The card a second question of the message asks for, when the matcher is sure and it is not the main card. */
export function secondQuestionCard(
  catalogue: CardCatalogue,
  question: string,
  mainCard: string,
): CompiledCard | undefined {
  const sentences = questionSentences(question);
  if (sentences.length < 2) return undefined;
  for (const sentence of sentences) {
    const match = catalogue.matcher.match(sentence);
    if (
      match.outcome === 'answer' &&
      match.confidence >= SECOND_QUESTION_CONFIDENCE &&
      match.card !== mainCard
    )
      return catalogue.cards.get(match.card);
  }
  return undefined;
}

/** A card's answer cut to its lead and two points, to follow the main answer. */
export const shortAnswer = (card: CompiledCard, language: Language) =>
  card.answer[language].split('\n').slice(0, 3).join('\n');
