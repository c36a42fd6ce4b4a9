import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChatChunk,
  createChunkStream,
  splitIntoDeltas,
  toUiMessageChunks,
} from '../../../src/channels/web/to-ui-message-chunks';
import { createAskResponse } from './ask-response-fixture';
import { readWithAiSdk } from './read-with-ai-sdk';

// why: property runs are reproducible; a failure names the same counterexample on every machine.
fc.configureGlobal({ seed: 20261129 });

describe('splitIntoDeltas', () => {
  it('cuts text into small deltas that join back to the exact text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '*', '€', 'x') }), (text) => {
        const deltas = splitIntoDeltas(text);
        expect(deltas.join('')).toBe(text);
        for (const delta of deltas) expect(delta.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('streams a French sentence in several deltas', () => {
    expect(splitIntoDeltas('Votre entreprise relève bien d’Atlas, selon votre IDCC.')).toEqual([
      'Votre entreprise relève ',
      'bien d’Atlas, selon ',
      'votre IDCC.',
    ]);
  });
});

describe('toUiMessageChunks', () => {
  it('produces a stream that the AI SDK reads back into the same answer, sources and data parts', async () => {
    const answer = createAskResponse();
    const stream = createUIMessageStream({
      execute({ writer }) {
        for (const chunk of toUiMessageChunks(answer)) writer.write(chunk);
      },
    });
    const message = await readWithAiSdk(createUIMessageStreamResponse({ stream }));

    expect(message.id).toBe('msg-fixture-1');
    expect(message.metadata).toEqual({
      messageId: 'msg-fixture-1',
      status: 'answered',
      intent: 'funding',
      mode: 'offline',
      degraded: false,
      redactions: [],
    });
    const text = message.parts.filter((part) => part.type === 'text');
    expect(text).toEqual([expect.objectContaining({ text: answer.answer, state: 'done' })]);
    expect(message.parts.filter((part) => part.type.startsWith('source-'))).toEqual([
      expect.objectContaining({
        type: 'source-url',
        sourceId: 'guide/financement-plan',
        url: 'https://www.opco-atlas.fr/criteres-financement.html',
      }),
      expect.objectContaining({ type: 'source-document', sourceId: 'rules/national-qualiopi' }),
    ]);
    const data = message.parts.filter((part) => part.type.startsWith('data-'));
    expect(data).toEqual([
      { type: 'data-citation', id: 'citation-guide/financement-plan', data: answer.citations[0] },
      { type: 'data-citation', id: 'citation-rules/national-qualiopi', data: answer.citations[1] },
      { type: 'data-simulation', id: 'simulation-0', data: answer.toolCalls[0] },
      { type: 'data-follow-ups', id: 'follow-ups', data: { questions: answer.followUps } },
      {
        type: 'data-handoff',
        id: 'handoff',
        data: { ...answer.handoff, contactUrl: 'https://www.opco-atlas.fr/' },
      },
    ]);
  });

  it('omits follow-ups and handoff when the engine has none, and never links a non-http source', () => {
    const answer = createAskResponse({
      followUps: [],
      handoff: null,
      toolCalls: [],
      citations: [{ id: 'x', title: 'X', source: 'S', excerpt: 'E', url: 'javascript:alert(1)' }],
    });
    const types = toUiMessageChunks(answer).map((chunk) => chunk.type);
    expect(types.filter((type) => type !== 'text-delta')).toEqual([
      'start',
      'text-start',
      'text-end',
      'source-document',
      'data-citation',
      'finish',
    ]);
  });
});

describe('createChunkStream', () => {
  it('sends status and reset as transient parts, and opens a new text part after a reset', () => {
    const answer = createAskResponse();
    const chunks: ChatChunk[] = [];
    const stream = createChunkStream((chunk) => chunks.push(chunk));
    stream.event({ type: 'start', draft: { ...answer, mode: 'llm' } });
    stream.event({ type: 'status', message: 'Je vérifie l’IDCC 1486…' });
    stream.event({ type: 'text', delta: 'Première phrase. ' });
    stream.event({ type: 'reset', reason: 'guard' });
    stream.event({ type: 'text', delta: 'Remplacement.' });
    stream.finish(answer);
    expect(chunks.slice(0, 8)).toEqual([
      {
        type: 'start',
        messageId: 'msg-fixture-1',
        messageMetadata: expect.objectContaining({ mode: 'llm' }),
      },
      { type: 'data-status', data: { message: 'Je vérifie l’IDCC 1486…' }, transient: true },
      { type: 'text-start', id: 'msg-fixture-1-text' },
      { type: 'text-delta', id: 'msg-fixture-1-text', delta: 'Première phrase. ' },
      { type: 'text-end', id: 'msg-fixture-1-text' },
      { type: 'data-reset', data: { reason: 'guard' }, transient: true },
      { type: 'text-start', id: 'msg-fixture-1-text-1' },
      { type: 'text-delta', id: 'msg-fixture-1-text-1', delta: 'Remplacement.' },
    ]);
    expect(chunks[8]).toEqual({ type: 'text-end', id: 'msg-fixture-1-text-1' });
    expect(chunks.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      messageMetadata: expect.objectContaining({ mode: answer.mode }),
    });
  });
});
