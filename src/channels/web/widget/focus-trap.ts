/** @module Keeps Tab and Shift+Tab inside the open panel (the widget lives in a shadow root). */

const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export function focusableElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (candidate) => candidate.getClientRects().length > 0 && !candidate.closest('[hidden]'),
  );
}

/** Handles one keydown: wraps focus around the ends of the container. */
export function trapFocus(event: KeyboardEvent, container: HTMLElement, root: ShadowRoot): void {
  if (event.key !== 'Tab') return;
  const focusable = focusableElements(container);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
