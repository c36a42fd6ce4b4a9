/** @module Reads the server-sent events of /api/chat into chunk objects, as they arrive. */

export type StreamChunk = { type: string } & Record<string, unknown>;

/** Yields each JSON chunk of an AI SDK UI message stream; comments, `[DONE]` and malformed events are skipped. */
export async function* readChatStream(body: ReadableStream<Uint8Array>): AsyncGenerator<StreamChunk> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const parseEvent = (event: string): StreamChunk | undefined => {
    const data = event
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''))
      .join('\n');
    if (!data || data === '[DONE]') return undefined;
    try {
      const value: unknown = JSON.parse(data);
      return typeof value === 'object' && value !== null && typeof (value as StreamChunk).type === 'string'
        ? (value as StreamChunk)
        : undefined;
    } catch {
      return undefined;
    }
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += decoder.decode(value, { stream: !done }).replace(/\r\n?/g, '\n');
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        const chunk = parseEvent(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
        if (chunk) yield chunk;
        boundary = buffer.indexOf('\n\n');
      }
      if (done) break;
    }
    const last = parseEvent(buffer);
    if (last) yield last;
  } finally {
    reader.releaseLock();
  }
}
