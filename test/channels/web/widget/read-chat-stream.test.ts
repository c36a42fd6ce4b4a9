import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATLAS_CONTACT_URL } from '../../../../src/channels/web/chat-stream-parts';
import { toUiMessageChunks } from '../../../../src/channels/web/to-ui-message-chunks';
import {
  applyChunk,
  CUT_STREAM_ERROR,
  createAssistantTurn,
  endTurn,
  STOPPED_ERROR,
} from '../../../../src/channels/web/widget/chat-turn';
import { readChatStream } from '../../../../src/channels/web/widget/read-chat-stream';
import { createAskResponse } from '../ask-response-fixture';

// why: property runs are reproducible; a failure names the same counterexample on every machine.
fc.configureGlobal({ seed: 20261129 });

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
      handoff: { ...answer.handoff, contactUrl: ATLAS_CONTACT_URL },
      finished: true,
      complete: false,
    });
    endTurn(turn);
    expect(turn.complete).toBe(true);
    expect(turn.error).toBeUndefined();
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

  it('shows data-status until text arrives, and data-reset discards the text shown so far', () => {
    const turn = createAssistantTurn();
    const chunks = [
      { type: 'start', messageId: 'm1' },
      { type: 'data-status', transient: true, data: { message: 'Je vérifie l’IDCC 1486…' } },
    ];
    for (const chunk of chunks) applyChunk(turn, chunk);
    expect(turn.progress).toBe('Je vérifie l’IDCC 1486…');
    applyChunk(turn, { type: 'text-delta', id: 't', delta: 'Atlas vous versera 1 486 €.' });
    expect(turn.progress).toBeUndefined();
    applyChunk(turn, { type: 'data-reset', transient: true, data: { reason: 'guard' } });
    expect(turn.text).toBe('');
    applyChunk(turn, { type: 'text-delta', id: 't2', delta: 'Le montant dépend du coût HT.' });
    applyChunk(turn, { type: 'finish' });
    endTurn(turn);
    expect(turn).toMatchObject({ text: 'Le montant dépend du coût HT.', complete: true });
    expect(turn.error).toBeUndefined();
  });

  it('treats a stream cut before `finish` as an error, and a stopped one as interrupted', () => {
    const cut = createAssistantTurn();
    applyChunk(cut, { type: 'text-delta', id: 't', delta: 'La prise en charge couvre' });
    endTurn(cut);
    expect(cut).toMatchObject({ complete: true, error: CUT_STREAM_ERROR, text: 'La prise en charge couvre' });

    const stopped = createAssistantTurn();
    applyChunk(stopped, { type: 'text-delta', id: 't', delta: 'La prise' });
    endTurn(stopped, true);
    expect(stopped.error).toBe(STOPPED_ERROR);
  });
});
