/** @module Renders an answer as an Adaptive Card 1.5: answer text, simulation FactSet, sources, feedback actions. */
import type { AskResponse } from '../../chat/answer-contract';
import { toSimulationFacts } from '../shared';

export type AdaptiveCard = Record<string, unknown> & {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
};

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const MAX_TEXT_BLOCKS = 20;
const MAX_SOURCES = 8;

const textBlock = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** Adaptive Cards render a markdown subset without headings: headings become bold lines. */
function toCardMarkdown(markdown: string): string {
  return markdown.replace(/^#{1,6}\s+(.+)$/gm, '**$1**').replace(/^(\s*)\*\s+/gm, '$1- ');
}

function sourceLines(response: AskResponse): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const citation of response.citations) {
    const key = citation.url ?? citation.source;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = (citation.source || citation.title).replace(/[[\]]/g, '');
    lines.push(citation.url ? `- [${title}](${citation.url.replace(/\)/g, '%29')})` : `- ${title}`);
  }
  return lines.slice(0, MAX_SOURCES);
}

const feedbackAction = (title: string, rating: 'up' | 'down', messageId: string) => ({
  type: 'Action.Submit',
  title,
  data: { action: 'feedback', rating, messageId },
});

export function toAdaptiveCard(response: AskResponse): AdaptiveCard {
  const paragraphs = toCardMarkdown(response.answer.trim())
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim());
  const body: unknown[] = paragraphs.slice(0, MAX_TEXT_BLOCKS).map((paragraph) => textBlock(paragraph));
  if (response.handoff && !response.answer.includes(response.handoff.message)) {
    body.push(textBlock(response.handoff.message, { weight: 'Bolder' }));
  }
  const facts = toSimulationFacts(response.toolCalls);
  if (facts.length > 0) {
    body.push({
      type: 'FactSet',
      separator: true,
      facts: facts.map((fact) => ({ title: fact.label, value: fact.value })),
    });
  }
  const sources = sourceLines(response);
  if (sources.length > 0) {
    body.push(textBlock('**Sources**', { separator: true, spacing: 'Medium' }));
    body.push(textBlock(sources.join('\n'), { size: 'Small', isSubtle: true }));
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: response.locale,
    body,
    actions: [
      feedbackAction('👍 Utile', 'up', response.messageId),
      feedbackAction('👎 Pas utile', 'down', response.messageId),
    ],
  };
}
