/** @module POST /api/chat: the answer engine over the AI SDK UI message stream protocol (v1), for useChat and the widget. */
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';
import { readJson } from '../../http/read-json-body';
import { toAskRequest } from './to-ask-request';
import { toUiMessageChunks } from './to-ui-message-chunks';

// why: proxies and compression middleware would hold the stream back until it ends.
const STREAM_HEADERS = {
  'content-encoding': 'identity',
  'x-accel-buffering': 'no',
  'cache-control': 'no-cache, no-transform',
  'x-content-type-options': 'nosniff',
};

export function createChatRoutes(_dependencies: AppDependencies, engine: AnswerEngine) {
  return createRouter().post('/api/chat', async (c) => {
    const request = toAskRequest(await readJson(c));
    const response = await engine.answer(request, { channel: 'web', signal: c.req.raw.signal });
    const stream = createUIMessageStream({
      execute({ writer }) {
        for (const chunk of toUiMessageChunks(response)) writer.write(chunk);
      },
    });
    return createUIMessageStreamResponse({ stream, headers: STREAM_HEADERS });
  });
}
