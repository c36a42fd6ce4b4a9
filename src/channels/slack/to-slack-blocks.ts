/** @module Renders an answer as a Slack Block Kit message: answer, simulation fields, sources, feedback buttons. */
import type { AskResponse } from '../../chat/answer-contract';
import { toSimulationFacts } from '../shared';
import { escapeSlackText, toSlackLink, toSlackMrkdwn } from './to-slack-mrkdwn';

export type SlackBlock = Record<string, unknown>;
export type SlackMessage = { text: string; blocks: SlackBlock[] };

export const FEEDBACK_UP_ACTION = 'feedback_up';
export const FEEDBACK_DOWN_ACTION = 'feedback_down';

const MAX_SECTION_CHARACTERS = 3000;
const MAX_ANSWER_SECTIONS = 20;
const MAX_SOURCES = 8;

/** Cuts text into chunks below Slack's section limit, at paragraph then line boundaries. */
function splitIntoSections(text: string): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n{2,}/)) {
    const pieces =
      paragraph.length <= MAX_SECTION_CHARACTERS
        ? [paragraph]
        : (paragraph.match(new RegExp(`[^]{1,${MAX_SECTION_CHARACTERS}}`, 'g')) ?? []);
    for (const piece of pieces) {
      if (current && current.length + piece.length + 2 > MAX_SECTION_CHARACTERS) {
        chunks.push(current);
        current = piece;
      } else {
        current = current ? `${current}\n\n${piece}` : piece;
      }
    }
  }
  if (current.trim()) chunks.push(current);
  return chunks.slice(0, MAX_ANSWER_SECTIONS);
}

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function sourceLinks(response: AskResponse): string[] {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const citation of response.citations) {
    const key = citation.url ?? citation.source;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = citation.source || citation.title;
    links.push(citation.url ? toSlackLink(citation.url, title) : escapeSlackText(title));
  }
  return links.slice(0, MAX_SOURCES);
}

/** The feedback buttons; their value is the answer's messageId. */
export function feedbackActions(messageId: string): SlackBlock {
  const button = (actionId: string, text: string) => ({
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: true },
    value: messageId,
  });
  return {
    type: 'actions',
    block_id: 'feedback',
    elements: [button(FEEDBACK_UP_ACTION, '👍 Utile'), button(FEEDBACK_DOWN_ACTION, '👎 Pas utile')],
  };
}

export function toSlackBlocks(response: AskResponse): SlackMessage {
  const answer = toSlackMrkdwn(response.answer.trim());
  const blocks: SlackBlock[] = splitIntoSections(answer).map(section);
  if (response.handoff && !response.answer.includes(response.handoff.message)) {
    blocks.push(section(toSlackMrkdwn(response.handoff.message)));
  }
  const facts = toSimulationFacts(response.toolCalls);
  if (facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: facts.map((fact) => ({
        type: 'mrkdwn',
        text: `*${escapeSlackText(fact.label)}*\n${escapeSlackText(fact.value)}`,
      })),
    });
  }
  const links = sourceLinks(response);
  if (links.length > 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `📚 *Sources :* ${links.join(' · ')}`.slice(0, 3000) }],
    });
  }
  blocks.push(feedbackActions(response.messageId));
  return { text: answer.slice(0, MAX_SECTION_CHARACTERS) || 'Réponse de l’assistant OPCO Atlas', blocks };
}
