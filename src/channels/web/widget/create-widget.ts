/** @module The widget: a launcher and an accessible dialog in a shadow root, streaming answers into the conversation. */
import { createChatClient, type HistoryEntry } from './chat-client';
import {
  type AssistantTurn,
  applyChunk,
  CUT_STREAM_ERROR,
  createAssistantTurn,
  endTurn,
  type Turn,
} from './chat-turn';
import { createConversationStore } from './conversation-store';
import { trapFocus } from './focus-trap';
import { plainText } from './plain-text';
import {
  ATLAS_CONTACT_PAGE,
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
const TEXTAREA_MAX_HEIGHT = 140;

/** Touch screens: no focus on the text box unless asked, or the keyboard covers half the page. */
const isTouch = () => matchMedia('(pointer: coarse)').matches;

/** Only finished answers are kept: a failed or stopped turn, and its question, live in this page only. */
function persistable(turns: Turn[]): Turn[] {
  return turns.filter((turn, index) => {
    const answer = turn.role === 'user' ? turns[index + 1] : turn;
    return answer?.role === 'assistant' && answer.complete && !answer.error;
  });
}

export function createWidget(options: WidgetOptions): WidgetApi {
  const client = createChatClient(options.api);
  const store = createConversationStore(`atlas-assistant:${options.api}`);
  let turns: Turn[] = store
    .load()
    .map((turn) => (turn.role === 'assistant' ? createAssistantTurn({ ...turn, complete: true }) : turn));
  let streaming: AbortController | undefined;
  let current: { turn: AssistantTurn; article: HTMLElement } | undefined;

  const shell = createWidgetShell(options);
  const { host, root, launcher, panel, log, status, textarea, composer, sendButton, stopButton } = shell;
  const title = panel.querySelector('h2')!;

  const save = () => store.save(persistable(turns));
  const scrollTo = (target?: HTMLElement) => {
    log.scrollTop = target ? target.offsetTop - log.offsetTop - 8 : log.scrollHeight;
  };
  const focusComposer = () => (isTouch() ? log : textarea).focus();

  const actions: TurnActions = {
    ask(question) {
      void ask(question);
      // why: the clicked chip disappears with its turn; focus must not fall back to the page.
      focusComposer();
    },
    retry(turn) {
      const index = turns.indexOf(turn);
      const question = turns[index - 1];
      if (index < 1 || question?.role !== 'user' || streaming) return;
      turns.splice(index - 1, 2);
      current?.article.previousElementSibling?.remove();
      current?.article.remove();
      current = undefined;
      void ask(question.text);
      focusComposer();
    },
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

  /** Renders the latest answer as current, and demotes the previous one (no chips, votes or retry). */
  function show(turn: AssistantTurn, article?: HTMLElement): HTMLElement {
    const element = renderAssistantTurn(turn, actions, true);
    if (current && current.turn !== turn)
      current.article.replaceWith(renderAssistantTurn(current.turn, actions, false));
    if (article) article.replaceWith(element);
    else log.append(element);
    current = { turn, article: element };
    return element;
  }

  function renderAll() {
    current = undefined;
    log.replaceChildren();
    if (turns.length === 0) log.append(renderWelcome((question) => actions.ask(question)));
    const lastAssistant = turns.filter((turn) => turn.role === 'assistant').at(-1);
    for (const turn of turns) {
      if (turn.role === 'user') log.append(renderUserTurn(turn));
      else if (turn === lastAssistant) show(turn);
      else log.append(renderAssistantTurn(turn, actions, false));
    }
    scrollTo();
  }

  function setBusy(busy: boolean) {
    const stopHadFocus = root.activeElement === stopButton;
    sendButton.hidden = busy;
    stopButton.hidden = !busy;
    shell.handoffButton.disabled = busy;
    log.setAttribute('aria-busy', String(busy));
    if (stopHadFocus) focusComposer();
  }

  function open() {
    if (!panel.hidden) return;
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    scrollTo();
    (isTouch() ? title : textarea).focus();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  function addQuestion(question: string) {
    if (turns.length === 0) log.replaceChildren();
    turns.push({ role: 'user', text: question });
    const userElement = renderUserTurn({ role: 'user', text: question });
    log.append(userElement);
    return userElement;
  }

  async function ask(rawQuestion: string) {
    const question = rawQuestion.trim().slice(0, MAX_QUESTION_LENGTH);
    open();
    if (!question || streaming) return;
    const history: HistoryEntry[] = persistable(turns)
      .filter((turn) => turn.text)
      .map((turn) => ({ role: turn.role, content: turn.text.slice(0, 8000) }))
      .slice(-20);
    const userElement = addQuestion(question);
    const turn = createAssistantTurn();
    turns.push(turn);
    let article = show(turn);
    scrollTo();
    status.textContent = '';
    const controller = new AbortController();
    streaming = controller;
    setBusy(true);
    let frame = 0;
    try {
      for await (const chunk of client.streamAnswer(question, history, controller.signal)) {
        applyChunk(turn, chunk);
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          const bubble = article.querySelector<HTMLElement>('.bubble');
          if (bubble) renderBubble(bubble, turn);
          if (log.scrollHeight - log.scrollTop - log.clientHeight < 80) scrollTo();
        });
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        // why: a TypeError here is the connection dropping mid-stream, not one of our French messages.
        turn.error =
          error instanceof Error && !(error instanceof TypeError) ? error.message : CUT_STREAM_ERROR;
      }
    } finally {
      cancelAnimationFrame(frame);
    }
    if (streaming !== controller) return; // reset while streaming: this turn is gone
    streaming = undefined;
    endTurn(turn, controller.signal.aborted);
    article = show(turn, article);
    setBusy(false);
    // The answer's text, once, for screen readers (errors announce themselves as alerts).
    status.textContent = turn.error ? '' : plainText(turn.text);
    save();
    scrollTo(userElement);
  }

  function handOff() {
    open();
    if (streaming) return;
    addQuestion('Parler à un conseiller');
    const turn = createAssistantTurn({
      complete: true,
      finished: true,
      handoff: { reason: 'user_request', message: HANDOFF_MESSAGE, contactUrl: ATLAS_CONTACT_PAGE },
    });
    turns.push(turn);
    show(turn);
    save();
    scrollTo();
  }

  function reset() {
    streaming?.abort();
    streaming = undefined;
    setBusy(false);
    turns = [];
    store.clear();
    shell.resetConfirmation.hidden = true;
    renderAll();
    status.textContent = 'Nouvelle conversation.';
    focusComposer();
  }

  function askToReset() {
    if (turns.length === 0) return focusComposer();
    shell.resetConfirmation.hidden = false;
    shell.cancelReset.focus();
  }

  function cancelReset() {
    shell.resetConfirmation.hidden = true;
    shell.resetButton.focus();
  }

  function growTextarea() {
    textarea.style.height = 'auto';
    if (textarea.value) {
      textarea.style.height = `${Math.min(textarea.scrollHeight + 2, TEXTAREA_MAX_HEIGHT)}px`;
    } else textarea.style.height = '';
  }

  launcher.addEventListener('click', open);
  shell.closeButton.addEventListener('click', close);
  shell.resetButton.addEventListener('click', askToReset);
  shell.confirmReset.addEventListener('click', reset);
  shell.cancelReset.addEventListener('click', cancelReset);
  shell.handoffButton.addEventListener('click', handOff);
  stopButton.addEventListener('click', () => streaming?.abort());
  textarea.addEventListener('input', growTextarea);
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = textarea.value;
    if (!question.trim() || streaming) return;
    textarea.value = '';
    growTextarea();
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
      if (!shell.resetConfirmation.hidden) cancelReset();
      else close();
    } else trapFocus(event, panel, root);
  });

  renderAll();
  document.body.append(host);
  return { open, close, ask: (question) => void ask(question), reset };
}
