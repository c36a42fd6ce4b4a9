/** @module The widget: a launcher and an accessible dialog in a shadow root, streaming answers into the conversation. */
import { ATLAS_CONTACT_URL } from '../chat-stream-parts';
import { createChatClient, type HistoryEntry } from './chat-client';
import { type AssistantTurn, applyChunk, createAssistantTurn, type Turn } from './chat-turn';
import { createConversationStore } from './conversation-store';
import { trapFocus } from './focus-trap';
import {
  renderAssistantTurn,
  renderBubble,
  renderUserTurn,
  renderWelcome,
  type TurnActions,
} from './render-turn';
import type { WidgetOptions } from './widget-options';
import { createWidgetShell, MAX_QUESTION_LENGTH } from './widget-shell';

export type WidgetApi = { open(): void; close(): void; ask(question: string): void; reset(): void };

const HANDOFF_MESSAGE =
  'Un conseiller OPCO Atlas peut étudier votre situation. Contactez-le depuis la page officielle ; gardez votre SIRET et votre code IDCC à portée de main, sans les partager ici.';

export function createWidget(options: WidgetOptions): WidgetApi {
  const client = createChatClient(options.api);
  const store = createConversationStore(`atlas-assistant:${options.api}`);
  let turns: Turn[] = store
    .load()
    .map((turn) => (turn.role === 'assistant' ? createAssistantTurn({ ...turn, complete: true }) : turn));
  let streaming: AbortController | undefined;

  const {
    host,
    root,
    launcher,
    panel,
    log,
    status,
    textarea,
    composer,
    sendButton,
    handoffButton,
    resetButton,
    closeButton,
  } = createWidgetShell(options);

  const save = () => store.save(turns);
  const scrollTo = (target?: HTMLElement) => {
    log.scrollTop = target ? target.offsetTop - log.offsetTop - 8 : log.scrollHeight;
  };

  const actions: TurnActions = {
    ask: (question) => ask(question),
    async vote(turn, vote) {
      if (!turn.messageId) return false;
      const recorded = await client.sendFeedback(turn.messageId, vote);
      if (recorded) {
        turn.feedback = vote.rating;
        save();
      }
      return recorded;
    },
  };

  function renderAll() {
    log.replaceChildren(
      ...(turns.length === 0
        ? [renderWelcome((question) => ask(question))]
        : turns.map((turn) =>
            turn.role === 'user' ? renderUserTurn(turn) : renderAssistantTurn(turn, actions),
          )),
    );
    scrollTo();
  }

  function setBusy(busy: boolean) {
    sendButton.disabled = busy;
    handoffButton.disabled = busy;
    log.setAttribute('aria-busy', String(busy));
  }

  function open() {
    if (!panel.hidden) return;
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    scrollTo();
    textarea.focus();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  function addTurns(user: Turn, assistant: AssistantTurn) {
    if (turns.length === 0) log.replaceChildren();
    turns.push(user, assistant);
    const userElement = renderUserTurn(user as Extract<Turn, { role: 'user' }>);
    log.append(userElement);
    return userElement;
  }

  async function ask(rawQuestion: string) {
    const question = rawQuestion.trim().slice(0, MAX_QUESTION_LENGTH);
    open();
    if (!question || streaming) return;
    const history: HistoryEntry[] = turns
      .filter((turn) => turn.text && !(turn.role === 'assistant' && turn.error))
      .map((turn) => ({ role: turn.role, content: turn.text.slice(0, 8000) }))
      .slice(-20);
    const turn = createAssistantTurn();
    const userElement = addTurns({ role: 'user', text: question }, turn);
    const article = renderAssistantTurn(turn, actions);
    log.append(article);
    scrollTo();
    setBusy(true);
    status.textContent = 'L’assistant rédige sa réponse…';
    const controller = new AbortController();
    streaming = controller;
    let frame = 0;
    try {
      for await (const chunk of client.streamAnswer(question, history, controller.signal)) {
        applyChunk(turn, chunk);
        const bubble = article.querySelector<HTMLElement>('.bubble');
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          if (bubble) renderBubble(bubble, turn);
          scrollTo();
        });
      }
      if (!turn.text && !turn.error) turn.error = 'La réponse est arrivée vide. Reformulez votre question.';
    } catch (error) {
      if (controller.signal.aborted) return;
      turn.error = error instanceof Error ? error.message : 'Une erreur est survenue.';
    } finally {
      cancelAnimationFrame(frame);
      if (streaming === controller) {
        streaming = undefined;
        setBusy(false);
      }
    }
    turn.complete = true;
    article.replaceWith(renderAssistantTurn(turn, actions));
    status.textContent = turn.error ? '' : 'Réponse reçue.';
    save();
    scrollTo(userElement);
  }

  function handOff() {
    open();
    if (streaming) return;
    const turn = createAssistantTurn({
      complete: true,
      handoff: { reason: 'user_request', message: HANDOFF_MESSAGE, contactUrl: ATLAS_CONTACT_URL },
    });
    addTurns({ role: 'user', text: 'Parler à un conseiller' }, turn);
    log.append(renderAssistantTurn(turn, actions));
    save();
    scrollTo();
  }

  function reset() {
    streaming?.abort();
    streaming = undefined;
    setBusy(false);
    turns = [];
    store.clear();
    renderAll();
    status.textContent = 'Nouvelle conversation.';
    textarea.focus();
  }

  launcher.addEventListener('click', open);
  closeButton.addEventListener('click', close);
  resetButton.addEventListener('click', reset);
  handoffButton.addEventListener('click', handOff);
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = textarea.value;
    if (!question.trim() || streaming) return;
    textarea.value = '';
    void ask(question);
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else trapFocus(event, panel, root);
  });

  renderAll();
  document.body.append(host);
  return { open, close, ask: (question) => void ask(question), reset };
}
