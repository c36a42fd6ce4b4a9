/** @module POST /api/chat: the answer engine over the AI SDK UI message stream protocol (v1), streamed as it is prepared, for useChat and the widget. */
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';
import { readJson } from '../../http/read-json-body';
import { executionContextOf } from '../shared/execution-context-of';
import { toAskRequest } from './to-ask-request';
import { type ChatChunk, createChunkStream } from './to-ui-message-chunks';

// why: proxies and compression middleware would hold the stream back until it ends.
const STREAM_HEADERS = {
  'content-encoding': 'identity',
  'x-accel-buffering': 'no',
  'cache-control': 'no-cache, no-transform',
  'x-content-type-options': 'nosniff',
};

export function createChatRoutes(dependencies: AppDependencies, engine: AnswerEngine) {
  return createRouter().post('/api/chat', async (c) => {
    const request = toAskRequest(await readJson(c));
    const signal = c.req.raw.signal;
    const executionContext = executionContextOf(c);
    const stream = createUIMessageStream({
      async execute({ writer }) {
        const chunks = createChunkStream((chunk: ChatChunk) => {
          // why: once the client is gone, writes fail; the engine has been told through `signal`.
          if (!signal.aborted) writer.write(chunk);
        });
        const response = await engine.answer(request, {
          channel: 'web',
          signal,
          onEvent: chunks.event,
          ...(executionContext ? { executionContext } : {}),
        });
        if (!signal.aborted) chunks.finish(response);
      },
      onError(error) {
        dependencies.logger.warn('chat_stream_failed', {
          reason: signal.aborted ? 'aborted' : error instanceof Error ? error.name : 'unknown',
        });
        return 'La réponse a été interrompue. Réessayez.';
      },
    });
    return createUIMessageStreamResponse({ stream, headers: STREAM_HEADERS });
  });
}
