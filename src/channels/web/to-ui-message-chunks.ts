/** @module Turns an engine answer into AI SDK UI message stream chunks: text deltas, sources, data parts, metadata. */
import type { UIMessageChunk } from 'ai';
import type { AskResponse } from '../../chat/answer-contract';
import { type AnswerMetadata, ATLAS_CONTACT_URL, type ChatDataParts } from './chat-stream-parts';

const WORDS_PER_DELTA = 3;

export type ChatChunk = UIMessageChunk<AnswerMetadata, ChatDataParts>;

/** Splits text into small deltas that concatenate back to exactly the same text. */
export function splitIntoDeltas(text: string, wordsPerDelta = WORDS_PER_DELTA): string[] {
  const words = text.split(/(?<=\s)(?=\S)/);
  const deltas: string[] = [];
  for (let index = 0; index < words.length; index += wordsPerDelta) {
    deltas.push(words.slice(index, index + wordsPerDelta).join(''));
  }
  return deltas.filter((delta) => delta.length > 0);
}

export function toUiMessageChunks(response: AskResponse): ChatChunk[] {
  const metadata: AnswerMetadata = {
    messageId: response.messageId,
    status: response.status,
    intent: response.intent,
    mode: response.mode,
    degraded: response.degraded,
    redactions: response.redactions,
  };
  const textId = `${response.messageId}-text`;
  const chunks: ChatChunk[] = [
    { type: 'start', messageId: response.messageId, messageMetadata: metadata },
    { type: 'text-start', id: textId },
    ...splitIntoDeltas(response.answer).map(
      (delta): ChatChunk => ({ type: 'text-delta', id: textId, delta }),
    ),
    { type: 'text-end', id: textId },
  ];
  for (const citation of response.citations) {
    chunks.push(
      citation.url && /^https?:\/\//.test(citation.url)
        ? { type: 'source-url', sourceId: citation.id, url: citation.url, title: citation.title }
        : {
            type: 'source-document',
            sourceId: citation.id,
            mediaType: 'text/markdown',
            title: citation.title,
          },
      { type: 'data-citation', id: `citation-${citation.id}`, data: citation },
    );
  }
  response.toolCalls.forEach((toolCall, index) => {
    chunks.push({ type: 'data-simulation', id: `simulation-${index}`, data: toolCall });
  });
  if (response.followUps.length > 0) {
    chunks.push({ type: 'data-follow-ups', id: 'follow-ups', data: { questions: response.followUps } });
  }
  if (response.handoff) {
    chunks.push({
      type: 'data-handoff',
      id: 'handoff',
      data: { ...response.handoff, contactUrl: ATLAS_CONTACT_URL },
    });
  }
  chunks.push({ type: 'finish', finishReason: 'stop', messageMetadata: metadata });
  return chunks;
}
