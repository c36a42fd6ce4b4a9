/** @module Builds DOM nodes from data (text is always text, never HTML); no inline style attributes, so host CSPs hold. */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | undefined>;

export function element<TAG extends keyof HTMLElementTagNameMap>(
  tag: TAG,
  attributes: Attributes = {},
  children: Child[] = [],
): HTMLElementTagNameMap[TAG] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((child): child is Node | string => Boolean(child)));
  return node;
}

/** An external link that opens in a new tab without giving the target page access to ours. */
export function externalLink(href: string, children: Child[], className?: string): HTMLAnchorElement {
  return element('a', { href, target: '_blank', rel: 'noopener noreferrer', class: className }, [
    ...children,
    element('span', { class: 'sr-only' }, [' (nouvel onglet)']),
  ]);
}

let counter = 0;
/** A unique id inside the widget's shadow root. */
export const uniqueId = (prefix: string) => `${prefix}-${++counter}`;
