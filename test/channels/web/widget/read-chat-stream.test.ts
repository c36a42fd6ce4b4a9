import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUiMessageChunks } from '../../../../src/channels/web/to-ui-message-chunks';
import { applyChunk, createAssistantTurn } from '../../../../src/channels/web/widget/chat-turn';
import { readChatStream } from '../../../../src/channels/web/widget/read-chat-stream';
import { createAskResponse } from '../ask-response-fixture';

async function serverBytes(): Promise<Uint8Array> {
  const stream = createUIMessageStream({
    execute({ writer }) {
      for (const chunk of toUiMessageChunks(createAskResponse())) writer.write(chunk);
    },
  });
  return new Uint8Array(await createUIMessageStreamResponse({ stream }).arrayBuffer());
}

/** Re-chunks bytes at the given cut points, as a network would. */
function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...points, bytes.length]
    .slice(1)
    .map((end, index, ends) => bytes.slice(ends[index - 1] ?? 0, end));
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
}

async function readTurn(stream: ReadableStream<Uint8Array>) {
  const turn = createAssistantTurn();
  for await (const chunk of readChatStream(stream)) applyChunk(turn, chunk);
  return turn;
}

describe('readChatStream + applyChunk (the widget side of /api/chat)', () => {
  it('rebuilds the whole answer from the server stream', async () => {
    const answer = createAskResponse();
    const turn = await readTurn(streamOf(await serverBytes(), []));
    expect(turn).toEqual({
      role: 'assistant',
      text: answer.answer,
      messageId: 'msg-fixture-1',
      status: 'answered',
      citations: answer.citations,
      simulations: answer.toolCalls,
      followUps: answer.followUps,
      handoff: { ...answer.handoff, contactUrl: 'https://www.opco-atlas.fr/' },
      complete: true,
    });
  });

  it('gives the same result however the bytes are split by the network', async () => {
    const bytes = await serverBytes();
    const expected = await readTurn(streamOf(bytes, []));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 60 }), async (cuts) => {
        expect(await readTurn(streamOf(bytes, cuts))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('skips comments, [DONE] and malformed events, and records stream errors', async () => {
    const text =
      ': keep-alive\n\ndata: {oops\n\ndata: {"type":"text-delta","id":"t","delta":"Bonjour"}\n\ndata: {"type":"error","errorText":"Panne"}\n\ndata: [DONE]\n\n';
    const turn = await readTurn(streamOf(new TextEncoder().encode(text), [3, 17, 40]));
    expect(turn.text).toBe('Bonjour');
    expect(turn.error).toBe('Panne');
    expect(turn.complete).toBe(false);
  });
});
