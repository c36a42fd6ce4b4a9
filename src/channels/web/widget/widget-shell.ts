/** @module The widget's DOM: a host element with a shadow root holding the launcher and the dialog panel. */
import { element, uniqueId } from './dom';
import { icon } from './icons';
import type { WidgetOptions } from './widget-options';
import { WIDGET_STYLES } from './widget-styles';

export const MAX_QUESTION_LENGTH = 2000;

function applyStyles(root: ShadowRoot) {
  // why: a constructed stylesheet is not an inline style, so host pages with a strict CSP still show the widget.
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_STYLES);
    root.adoptedStyleSheets = [sheet];
  } else root.append(element('style', {}, [WIDGET_STYLES]));
}

/** Builds every element once; behaviour is wired by createWidget. */
export function createWidgetShell(options: WidgetOptions) {
  // why: a custom element, not a div, so the page's `div { … }` rules never match the host; inside,
  // `.root { all: initial }` stops whatever the host still inherits from the page.
  const host = document.createElement('atlas-assistant');
  host.setAttribute('data-atlas-assistant', '');
  host.style.setProperty('--atlas-accent', options.accent);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);

  const panelId = uniqueId('atlas-panel');
  const titleId = uniqueId('atlas-title');
  const questionId = uniqueId('atlas-question');
  const iconButton = (name: 'reset' | 'close', label: string) =>
    element('button', { type: 'button', class: 'icon-button', title: label }, [
      icon(name),
      element('span', { class: 'sr-only' }, [label]),
    ]);

  const launcher = element(
    'button',
    {
      type: 'button',
      class: 'launcher',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-controls': panelId,
    },
    [icon('chat'), element('span', { class: 'launcher-text' }, ['Une question ?'])],
  );
  const resetButton = iconButton('reset', 'Nouvelle conversation');
  const closeButton = iconButton('close', 'Fermer l’assistant');
  // why: not a live region: streamed text, cards and labels would be read again and again. The finished
  // answer's text is announced once through `status`. Focusable, so keyboard users can scroll it.
  const log = element('div', { class: 'log', tabindex: '0', role: 'group', 'aria-label': 'Conversation' });
  const status = element('p', { class: 'sr-only', role: 'status' });
  const textarea = element('textarea', {
    id: questionId,
    rows: '1',
    maxlength: String(MAX_QUESTION_LENGTH),
    placeholder: 'Posez votre question…',
    autocomplete: 'off',
  });
  const sendButton = element('button', { type: 'submit', class: 'send' }, [
    icon('send'),
    element('span', { class: 'sr-only' }, ['Envoyer']),
  ]);
  const stopButton = element('button', { type: 'button', class: 'send stop', hidden: true }, [
    icon('stop'),
    element('span', { class: 'sr-only' }, ['Arrêter la réponse']),
  ]);
  const confirmReset = element('button', { type: 'button', class: 'primary' }, ['Effacer']);
  const cancelReset = element('button', { type: 'button', class: 'secondary' }, ['Annuler']);
  const resetConfirmation = element('div', { class: 'confirm', role: 'group', hidden: true }, [
    element('p', {}, ['Effacer cette conversation et en commencer une nouvelle ?']),
    confirmReset,
    cancelReset,
  ]);
  const handoffButton = element('button', { type: 'button', class: 'handoff-button' }, [
    icon('person'),
    'Parler à un conseiller',
  ]);
  const composer = element('form', { class: 'composer' }, [
    element('label', { for: questionId, class: 'sr-only' }, ['Votre question']),
    textarea,
    sendButton,
    stopButton,
  ]);
  const panel = element(
    'section',
    {
      class: 'panel',
      id: panelId,
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      hidden: true,
    },
    [
      element('div', { class: 'header' }, [
        element('h2', { id: titleId, tabindex: '-1' }, [options.title]),
        resetButton,
        closeButton,
      ]),
      resetConfirmation,
      log,
      status,
      element('div', { class: 'footer' }, [
        element('div', { class: 'tools' }, [handoffButton]),
        composer,
        element('p', { class: 'disclaimer' }, [
          'Réponses indicatives, appuyées sur les sources citées. Ne partagez pas de données personnelles.',
        ]),
      ]),
    ],
  );
  root.append(element('div', { class: `root ${options.position}` }, [launcher, panel]));
  return {
    host,
    root,
    launcher,
    panel,
    log,
    status,
    textarea,
    composer,
    sendButton,
    stopButton,
    handoffButton,
    resetButton,
    resetConfirmation,
    confirmReset,
    cancelReset,
    closeButton,
  };
}

export type WidgetShell = ReturnType<typeof createWidgetShell>;
