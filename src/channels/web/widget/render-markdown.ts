/** @module Renders the safe markdown tree as DOM nodes. */
import { element, externalLink } from './dom';
import { keepAmountsTogether } from './keep-amounts-together';
import { type Inline, parseMarkdown } from './parse-markdown';

function renderInline(inline: Inline): Node {
  if (inline.kind === 'text') return document.createTextNode(keepAmountsTogether(inline.text));
  if (inline.kind === 'break') return element('br');
  if (inline.kind === 'code') return element('code', {}, [inline.text]);
  if (inline.kind === 'strong') return element('strong', {}, renderInlines(inline.children));
  return externalLink(inline.href, renderInlines(inline.children));
}

function renderInlines(inlines: Inline[]): Node[] {
  return inlines.map(renderInline);
}

export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of parseMarkdown(markdown)) {
    if (block.kind === 'paragraph') fragment.append(element('p', {}, renderInlines(block.inlines)));
    else if (block.kind === 'heading')
      fragment.append(
        element('p', { class: 'heading' }, [element('strong', {}, renderInlines(block.inlines))]),
      );
    else
      fragment.append(
        element(
          block.ordered ? 'ol' : 'ul',
          {},
          block.items.map((item) => element('li', {}, renderInlines(item))),
        ),
      );
  }
  return fragment;
}
