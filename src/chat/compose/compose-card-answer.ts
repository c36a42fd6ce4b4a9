/** @module Composes the offline answer from a card choice: answer first, the user's own case when simulated, citations from the card's evidence. */
import type { Passage } from '../../knowledge';
import type { CompiledCard } from '../../knowledge/answer-card-schema';
import { type Language, languageScores } from '../../search';
import type { CardChoice } from '../act/choose-card';
import type { Simulations } from '../act/run-simulations';
import type { Citation } from '../answer-contract';
import type { Understanding } from '../understand/understand-question';
import { caseSummary } from './case-summary';
import type { Section } from './membership-answer';
import type { OfflineAnswer } from './simulation-sections';
import { HANDOFF, MESSAGES, say } from './wording';

const FAMILY_INTENT: Record<string, OfflineAnswer['intent']> = {
  adhesion: 'membership',
  plan: 'funding',
  financement: 'funding',
  'contrat-pro': 'funding',
  reconversion: 'funding',
  tutorat: 'funding',
  dossier: 'documents',
  refus: 'refusal',
  apprentissage: 'apprenticeship',
};

export type CardAnswerInput = {
  choice: CardChoice;
  understanding: Understanding;
  language: Language;
  simulations: Simulations | null;
  sections: Section[];
  passages: ReadonlyMap<string, Passage>;
  cards: ReadonlyMap<string, CompiledCard>;
};

export const MAX_CITATIONS = 3;

/** A passage cited whole: its text is the evidence every figure of the answer is checked against. */
export const citationOf = (passage: Passage): Citation => ({
  id: passage.id,
  title: passage.title,
  source: passage.source.title,
  excerpt: passage.body,
  url: passage.source.url,
});

function citationsOf(card: CompiledCard, passages: ReadonlyMap<string, Passage>): Citation[] {
  return card.evidence.slice(0, MAX_CITATIONS).flatMap((id) => {
    const passage = passages.get(id);
    if (!passage) return [];
    return [
      {
        id: passage.id,
        title: passage.title,
        source: passage.source.title,
        excerpt: passage.body,
        url: passage.source.url,
      },
    ];
  });
}

const titles = (ids: readonly string[], cards: ReadonlyMap<string, CompiledCard>, language: Language) =>
  ids.flatMap((id) => cards.get(id)?.title[language] ?? []).slice(0, 3);

/** Removes a sentence already said, so a simulated answer and the card never repeat each other. */
function withoutRepeats(blocks: string[]): string[] {
  const seen = new Set<string>();
  return blocks
    .map((block) =>
      block
        .split('\n')
        .filter((line) => {
          const key = line.trim().toLowerCase();
          if (key.length === 0) return true;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .join('\n'),
    )
    .filter((block) => block.trim().length > 0);
}

/** Simulator notes quote French rule texts; an English answer drops the lines written in French. */
function inLanguage(blocks: string[], language: Language): string[] {
  if (language === 'fr') return blocks;
  return blocks
    .map((block) =>
      block
        .split('\n')
        .filter((line) => {
          // why: names in parentheses (a convention's French title) are quoted, not the line's language.
          const { english, french } = languageScores(line.replace(/\([^)]*\)/g, ' '));
          return french <= english;
        })
        .join('\n'),
    )
    .filter((block) => block.trim().length > 0);
}

export function composeCardAnswer(input: CardAnswerInput): OfflineAnswer {
  const { choice, language, cards, passages } = input;
  if (choice.kind === 'clarify') {
    const [first, second] = choice.cards;
    return {
      answer: say(language, MESSAGES.clarify.fr, MESSAGES.clarify.en)
        .replace('{first}', first?.title[language] ?? '')
        .replace('{second}', second?.title[language] ?? ''),
      intent: 'general',
      status: 'clarification',
      citations: [],
      toolCalls: [],
      followUps: choice.cards.map((card) => card.title[language]),
      handoff: null,
    };
  }
  if (choice.kind === 'abstain') {
    return {
      answer: say(language, MESSAGES.abstain.fr, MESSAGES.abstain.en),
      intent: 'general',
      status: 'abstained',
      citations: [],
      toolCalls: [],
      followUps: choice.near.map((card) => card.title[language]),
      handoff: { reason: 'no_answer', message: HANDOFF.no_answer[language] },
    };
  }
  const { card } = choice;
  if (card.handoff) {
    const summary = caseSummary(input.understanding, language);
    return {
      answer: [card.answer[language], summary].filter(Boolean).join('\n\n'),
      intent: 'handoff',
      status: 'answered',
      citations: citationsOf(card, passages),
      toolCalls: [],
      followUps: [],
      handoff: { reason: 'user_request', message: HANDOFF.user_request[language] },
    };
  }
  // why: a computed section with nothing left in the user's language says nothing; the card answers instead.
  const answered = input.sections
    .filter((section) => section.status === 'answered')
    .map((section) => ({ ...section, blocks: inLanguage(section.blocks, language) }))
    .filter((section) => section.blocks.length > 0);
  const asking = input.sections.filter((section) => section.status === 'clarification');
  // why: the user's own case, when it could be computed, answers the question better than the general card.
  const blocks =
    answered.length > 0
      ? [...answered.flatMap((section) => section.blocks)]
      : [card.answer[language], ...asking.flatMap((section) => section.blocks)];
  const sectionHandoff = input.sections.find((section) => section.handoff)?.handoff;
  return {
    answer: withoutRepeats(blocks).join('\n\n'),
    intent: FAMILY_INTENT[card.family] ?? 'general',
    status: 'answered',
    citations: citationsOf(card, passages),
    toolCalls: input.simulations?.toolCalls ?? [],
    followUps: titles(card.followUps, cards, language),
    handoff: sectionHandoff ? { reason: sectionHandoff, message: HANDOFF[sectionHandoff][language] } : null,
  };
}
