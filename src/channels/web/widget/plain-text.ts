/** @module The answer as it should be heard: markdown markers and link targets removed. */
import { type Inline, parseMarkdown } from './parse-markdown';

const inlineText = (inlines: Inline[]): string =>
  inlines
    .map((inline) =>
      inline.kind === 'break'
        ? ' '
        : inline.kind === 'text' || inline.kind === 'code'
          ? inline.text
          : inlineText(inline.children),
    )
    .join('');

export function plainText(markdown: string): string {
  return parseMarkdown(markdown)
    .flatMap((block) => (block.kind === 'list' ? block.items.map(inlineText) : [inlineText(block.inlines)]))
    .join(' ');
}
