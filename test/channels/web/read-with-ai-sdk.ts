/** @module Reads a /api/chat response with the AI SDK's own client-side stream parser and message reader. */
import {
  parseJsonEventStream,
  readUIMessageStream,
  type UIMessage,
  type UIMessageChunk,
  uiMessageChunkSchema,
} from 'ai';

/** Reads a UI message stream response with the AI SDK's own client-side parser; returns the final message. */
export async function readWithAiSdk(response: Response): Promise<UIMessage> {
  const chunks = parseJsonEventStream({ stream: response.body!, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (!result.success) throw result.error;
        controller.enqueue(result.value as UIMessageChunk);
      },
    }),
  );
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream: chunks, terminateOnError: true })) last = message;
  if (!last) throw new Error('empty stream');
  return last;
}
