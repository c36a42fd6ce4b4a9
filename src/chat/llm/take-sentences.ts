/** @module Cuts streamed text into whole sentences (or lines), so each one can be checked before it is released. */

// why: a sentence ends at . ! ? … followed by a space, or at a line break; a Markdown link is never cut in two.
const END = /[.!?…](?=\s)\s*|\n+/g;

function insideLink(text: string): boolean {
  const open = (text.match(/\[/g)?.length ?? 0) - (text.match(/\]/g)?.length ?? 0);
  const parenthesis = (text.match(/\]\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
  return open > 0 || parenthesis > 0;
}

/** The whole sentences at the start of `buffer` (trailing spaces included) and the unfinished rest. */
export function takeSentences(buffer: string): { sentences: string[]; rest: string } {
  const sentences: string[] = [];
  let start = 0;
  for (const match of buffer.matchAll(END)) {
    const end = (match.index ?? 0) + match[0].length;
    const sentence = buffer.slice(start, end);
    if (insideLink(sentence)) continue;
    sentences.push(sentence);
    start = end;
  }
  return { sentences, rest: buffer.slice(start) };
}
