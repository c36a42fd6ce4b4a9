/**
 * @module Widget entry (bundled into /widget.js): mounts the assistant and exposes `window.AtlasAssistant`.
 * Host pages can also ask through `data-atlas-question="…"` / `data-atlas-open` elements or an `atlas-assistant:ask` event.
 */
import { createWidget, type WidgetApi } from './create-widget';
import { readWidgetOptions } from './widget-options';

declare global {
  interface Window {
    AtlasAssistant?: WidgetApi;
  }
}

const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');

function start() {
  if (window.AtlasAssistant) return;
  const widget = createWidget(readWidgetOptions(script));
  window.AtlasAssistant = widget;
  document.addEventListener('click', (event) => {
    const target =
      event.target instanceof Element
        ? event.target.closest('[data-atlas-question], [data-atlas-open]')
        : null;
    if (!target) return;
    event.preventDefault();
    const question = target.getAttribute('data-atlas-question');
    if (question) widget.ask(question);
    else widget.open();
  });
  window.addEventListener('atlas-assistant:ask', (event) => {
    const question = (event as CustomEvent<{ question?: unknown }>).detail?.question;
    if (typeof question === 'string') widget.ask(question);
  });
  window.dispatchEvent(new CustomEvent('atlas-assistant:ready'));
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
