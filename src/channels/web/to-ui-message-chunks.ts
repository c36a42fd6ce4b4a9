/** @module Turns an engine answer, or its events as they come, into AI SDK UI message stream chunks: text, sources, data parts, metadata. */
import type { UIMessageChunk } from 'ai';
import type { AnswerEvent, AskResponse } from '../../chat/answer-contract';
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

function metadataOf(response: AskResponse): AnswerMetadata {
  return {
    messageId: response.messageId,
    status: response.status,
    intent: response.intent,
    mode: response.mode,
    degraded: response.degraded,
    redactions: response.redactions,
  };
}

/** Sources, citations, simulations, follow-ups, handoff and `finish`: what follows the text. */
export function tailChunks(response: AskResponse): ChatChunk[] {
  const chunks: ChatChunk[] = [];
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
  chunks.push({ type: 'finish', finishReason: 'stop', messageMetadata: metadataOf(response) });
  return chunks;
}

/**
 * Maps engine events to chunks as they come: `start` at once, `data-status` and `data-reset` as transient parts,
 * text in small deltas; after a reset the replacement text opens a new text part. `finish` adds the tail.
 */
export function createChunkStream(write: (chunk: ChatChunk) => void) {
  let messageId = '';
  let textId: string | null = null;
  let texts = 0;
  const closeText = () => {
    if (textId) write({ type: 'text-end', id: textId });
    textId = null;
  };
  return {
    event(event: AnswerEvent) {
      if (event.type === 'start') {
        messageId = event.draft.messageId;
        write({ type: 'start', messageId, messageMetadata: metadataOf(event.draft) });
      } else if (event.type === 'status') {
        write({ type: 'data-status', data: { message: event.message }, transient: true });
      } else if (event.type === 'reset') {
        closeText();
        write({ type: 'data-reset', data: { reason: event.reason }, transient: true });
      } else if (event.delta) {
        if (!textId) {
          textId = `${messageId}-text${texts === 0 ? '' : `-${texts}`}`;
          texts += 1;
          write({ type: 'text-start', id: textId });
        }
        for (const delta of splitIntoDeltas(event.delta)) write({ type: 'text-delta', id: textId, delta });
      }
    },
    finish(response: AskResponse) {
      closeText();
      for (const chunk of tailChunks(response)) write(chunk);
    },
  };
}

/** The whole answer as chunks, in the order a stream sends them. */
export function toUiMessageChunks(response: AskResponse): ChatChunk[] {
  const chunks: ChatChunk[] = [];
  const stream = createChunkStream((chunk) => chunks.push(chunk));
  stream.event({ type: 'start', draft: response });
  stream.event({ type: 'text', delta: response.answer });
  stream.finish(response);
  return chunks;
}
