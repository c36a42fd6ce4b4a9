/** @module Converts the engine's markdown into Slack mrkdwn: escaped text, <url|text> links, *bold*. */

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

/** Escapes the three characters Slack reserves for its own markup. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Slack link; `&` is escaped like any text, and `|`, `<`, `>` are percent-encoded so they cannot end the link. */
export function toSlackLink(url: string, text: string): string {
  const safeUrl = url.replace(/&/g, '&amp;').replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `<${safeUrl}|${escapeSlackText(text.replace(/[|<>]/g, ' ').trim())}>`;
}

function convertEmphasis(text: string): string {
  return text
    .replace(/^#{1,6}\s+(.+)$/gm, '**$1**')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/(?<![*\w])\*(?!\*)([^*\n]+?)(?<!\*)\*(?![*\w])/g, '_$1_')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/__(.+?)__/g, '*$1*');
}

/** Markdown (as the answer engine writes it) to Slack mrkdwn. */
export function toSlackMrkdwn(markdown: string): string {
  const converted = convertEmphasis(markdown);
  let output = '';
  let last = 0;
  for (const match of converted.matchAll(LINK)) {
    output += escapeSlackText(converted.slice(last, match.index));
    output += toSlackLink(match[2] ?? '', match[1] ?? '');
    last = (match.index ?? 0) + match[0].length;
  }
  return output + escapeSlackText(converted.slice(last));
}
