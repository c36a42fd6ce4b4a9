/** @module A tiny, safe markdown subset (paragraphs, lists, headings, bold, code, http(s) links) parsed to a tree, never to HTML. */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const INLINE_PATTERN =
  /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|`([^`\n]+)`|(https?:\/\/[^\s<>()"]*[^\s<>()".,;:!?'»])/g;
const UNORDERED_ITEM = /^\s*[-*•]\s+(.*)$/;
const ORDERED_ITEM = /^\s*\d{1,3}[.)]\s+(.*)$/;
const HEADING = /^\s*#{1,6}\s+(.*)$/;

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) stays text. */
export function safeHref(candidate: string): string | undefined {
  if (!/^https?:\/\//i.test(candidate)) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function parseInline(text: string): Inline[] {
  const inlines: Inline[] = [];
  const pushText = (value: string) => {
    if (value) inlines.push({ kind: 'text', text: value });
  };
  let last = 0;
  for (const match of text.matchAll(INLINE_PATTERN)) {
    const [whole, bold, label, target, code, bare] = match;
    pushText(text.slice(last, match.index));
    last = match.index + whole.length;
    if (bold !== undefined) inlines.push({ kind: 'strong', children: parseInline(bold) });
    else if (code !== undefined) inlines.push({ kind: 'code', text: code });
    else if (label !== undefined && target !== undefined) {
      const href = safeHref(target);
      if (href) inlines.push({ kind: 'link', href, children: parseInline(label) });
      else pushText(label);
    } else if (bare !== undefined) {
      const href = safeHref(bare);
      if (href) inlines.push({ kind: 'link', href, children: [{ kind: 'text', text: bare }] });
      else pushText(bare);
    }
  }
  pushText(text.slice(last));
  return inlines;
}

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length > 0) {
      const inlines: Inline[] = [];
      paragraph.forEach((line, index) => {
        if (index > 0) inlines.push({ kind: 'break' });
        inlines.push(...parseInline(line));
      });
      blocks.push({ kind: 'paragraph', inlines });
    }
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = undefined;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const unordered = UNORDERED_ITEM.exec(line);
    const ordered = unordered ? null : ORDERED_ITEM.exec(line);
    const heading = HEADING.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', inlines: parseInline(heading[1]!.replace(/\s*#+\s*$/, '')) });
    } else if (unordered || ordered) {
      const isOrdered = Boolean(ordered);
      if (paragraph.length > 0 || (list && list.ordered !== isOrdered)) flush();
      list ??= { ordered: isOrdered, items: [] };
      list.items.push((unordered ?? ordered)![1]!);
    } else if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
