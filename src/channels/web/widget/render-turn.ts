/** @module Renders one turn of the conversation: the question, or the answer with its sources, cards and actions. */
import { ATLAS_CONTACT_URL } from '../chat-stream-parts';
import type { AssistantTurn, UserTurn } from './chat-turn';
import { element, externalLink } from './dom';
import { safeHref } from './parse-markdown';
import { renderCitations } from './render-citations';
import { renderFeedback, type Vote } from './render-feedback';
import { renderMarkdown } from './render-markdown';
import { renderSimulation } from './render-simulation';

const STARTERS = [
  'Mon entreprise relève-t-elle d’Atlas ?',
  'Quelles formations Atlas peut-il financer ?',
  'Quels documents fournir pour un dossier ?',
];
export type TurnActions = {
  ask(question: string): void;
  vote(turn: AssistantTurn, vote: Vote): Promise<boolean>;
};

export function renderUserTurn(turn: UserTurn): HTMLElement {
  return element('div', { class: 'message user' }, [
    element('p', { class: 'bubble' }, [element('span', { class: 'sr-only' }, ['Vous : ']), turn.text]),
  ]);
}

/** Fills the answer bubble with the text streamed so far (or a waiting note). */
export function renderBubble(bubble: HTMLElement, turn: AssistantTurn): void {
  bubble.replaceChildren(
    element('span', { class: 'sr-only' }, ['Assistant : ']),
    turn.text
      ? renderMarkdown(turn.text)
      : element('p', { class: 'pending' }, ['L’assistant rédige sa réponse…']),
  );
}

function renderHandoff(turn: AssistantTurn): HTMLElement | null {
  if (!turn.handoff) return null;
  const href = safeHref(turn.handoff.contactUrl) ?? ATLAS_CONTACT_URL;
  return element('section', { class: 'handoff', 'aria-label': 'Parler à un conseiller' }, [
    // The engine may already say it in the answer: do not read it twice.
    turn.text.includes(turn.handoff.message) ? null : element('p', {}, [turn.handoff.message]),
    externalLink(href, ['Contacter un conseiller OPCO Atlas']),
  ]);
}

export function renderAssistantTurn(turn: AssistantTurn, actions: TurnActions): HTMLElement {
  const bubble = element('div', { class: 'bubble' });
  renderBubble(bubble, turn);
  const showBubble = turn.text || !turn.complete;
  return element('div', { class: 'message assistant' }, [
    showBubble ? bubble : null,
    turn.error ? element('p', { class: 'error', role: 'alert' }, [turn.error]) : null,
    renderHandoff(turn),
    ...turn.simulations.map(renderSimulation),
    renderCitations(turn.citations),
    turn.complete && turn.followUps.length > 0
      ? element(
          'div',
          { class: 'follow-ups', role: 'group', 'aria-label': 'Questions suggérées' },
          turn.followUps.map((question) => {
            const chip = element('button', { type: 'button', class: 'chip' }, [question]);
            chip.addEventListener('click', () => actions.ask(question));
            return chip;
          }),
        )
      : null,
    turn.complete && turn.messageId && !turn.error
      ? renderFeedback({ given: turn.feedback, send: (vote) => actions.vote(turn, vote) })
      : null,
  ]);
}

/** The empty conversation: a greeting and example questions. */
export function renderWelcome(ask: (question: string) => void): HTMLElement {
  return element('div', { class: 'welcome' }, [
    element('div', { class: 'message assistant' }, [
      element('div', { class: 'bubble' }, [
        element('p', {}, [
          'Bonjour ! Je réponds à vos questions sur l’adhésion à OPCO Atlas, le financement des formations, l’alternance et les dossiers, en citant mes sources.',
        ]),
      ]),
    ]),
    element(
      'div',
      { class: 'follow-ups', role: 'group', 'aria-label': 'Exemples de questions' },
      STARTERS.map((question) => {
        const chip = element('button', { type: 'button', class: 'chip' }, [question]);
        chip.addEventListener('click', () => ask(question));
        return chip;
      }),
    ),
  ]);
}
