/** @module Renders one turn of the conversation: the question, or the answer with its sources, cards and actions. */
import { ATLAS_CONTACT_URL } from '../chat-stream-parts';
import type { AssistantTurn, UserTurn } from './chat-turn';
import { element, externalLink } from './dom';
import { keepAmountsTogether } from './keep-amounts-together';
import { safeHref } from './parse-markdown';
import { renderCitations } from './render-citations';
import { renderFeedback, type Vote } from './render-feedback';
import { renderMarkdown } from './render-markdown';
import { renderSimulation } from './render-simulation';

// why: the only Atlas address our sources verify is the site itself; a deployer sets a better page on the server.
/** The advisor contact page, for the widget's own « Parler à un conseiller » button. */
export const ATLAS_CONTACT_PAGE = ATLAS_CONTACT_URL;

const STARTERS = [
  'Mon entreprise relève-t-elle d’Atlas ?',
  'Quelles formations Atlas peut-il financer ?',
  'Quels documents fournir pour un dossier ?',
];

export type TurnActions = {
  ask(question: string): void;
  retry(turn: AssistantTurn): void;
  vote(turn: AssistantTurn, vote: Vote): Promise<boolean>;
};

export function renderUserTurn(turn: UserTurn): HTMLElement {
  return element('div', { class: 'message user' }, [
    element('p', { class: 'bubble' }, [element('span', { class: 'sr-only' }, ['Vous : ']), turn.text]),
  ]);
}

/** Three animated dots and what the server says it is doing (`data-status`), while no text has arrived. */
function renderTyping(turn: AssistantTurn): HTMLElement {
  return element('p', { class: 'typing' }, [
    element('span', { class: 'dots', 'aria-hidden': 'true' }, [
      element('span'),
      element('span'),
      element('span'),
    ]),
    element('span', { class: 'typing-text' }, [turn.progress || 'L’assistant rédige sa réponse…']),
  ]);
}

/** Fills the answer bubble with the text streamed so far (or the typing indicator). */
export function renderBubble(bubble: HTMLElement, turn: AssistantTurn): void {
  bubble.replaceChildren(
    element('span', { class: 'sr-only' }, ['Assistant : ']),
    turn.text ? renderMarkdown(turn.text) : renderTyping(turn),
  );
  bubble.classList.toggle('streaming', !turn.complete && Boolean(turn.text));
}

function renderHandoff(turn: AssistantTurn): HTMLElement | null {
  if (!turn.handoff) return null;
  const href = safeHref(turn.handoff.contactUrl) ?? ATLAS_CONTACT_PAGE;
  return element('div', { class: 'handoff' }, [
    // The engine may already say it in the answer: do not read it twice.
    turn.text.includes(turn.handoff.message)
      ? null
      : element('p', {}, [keepAmountsTogether(turn.handoff.message)]),
    externalLink(href, ['Contacter un conseiller OPCO Atlas']),
  ]);
}

function renderChips(questions: string[], label: string, ask: (question: string) => void): HTMLElement {
  return element(
    'div',
    { class: 'follow-ups', role: 'group', 'aria-label': label },
    questions.map((question) => {
      const chip = element('button', { type: 'button', class: 'chip' }, [question]);
      chip.addEventListener('click', () => ask(question));
      return chip;
    }),
  );
}

function renderError(turn: AssistantTurn, actions: TurnActions, current: boolean): HTMLElement {
  const retry = current ? element('button', { type: 'button', class: 'retry' }, ['Réessayer']) : null;
  retry?.addEventListener('click', () => actions.retry(turn));
  return element('div', { class: 'error', role: 'alert' }, [element('p', {}, [turn.error]), retry]);
}

/**
 * One answer. Only the `current` (latest) answer offers suggestions, votes and a retry: older ones keep
 * their text, cards and sources, and lose the actions that no longer make sense.
 */
export function renderAssistantTurn(turn: AssistantTurn, actions: TurnActions, current = true): HTMLElement {
  const bubble = element('div', { class: 'bubble' });
  renderBubble(bubble, turn);
  const showBubble = turn.text || !turn.complete;
  return element('div', { class: 'message assistant' }, [
    showBubble ? bubble : null,
    turn.error ? renderError(turn, actions, current) : null,
    renderHandoff(turn),
    ...turn.simulations.map(renderSimulation),
    renderCitations(turn.citations),
    current && turn.complete && !turn.error && turn.followUps.length > 0
      ? renderChips(turn.followUps, 'Questions suggérées', actions.ask)
      : null,
    current && turn.complete && turn.messageId && !turn.error
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
    renderChips(STARTERS, 'Exemples de questions', ask),
  ]);
}
