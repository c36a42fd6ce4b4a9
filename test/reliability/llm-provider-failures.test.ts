import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askResponseSchema } from '../../src/chat/answer-contract';
import { createMemoryStorage } from '../../src/storage';
import {
  type FakeOpenAiServer as PacedServer,
  startFakeOpenAiServer as startPacedServer,
} from '../chat/llm/fake-openai-server';
import { createTestApp, postJson } from '../helpers/create-test-app';
import { createRecordingLogger } from '../http/recording-logger';
import { type FakeOpenAiFailure, type FakeOpenAiServer, startFakeOpenAiServer } from './fake-openai-server';

const QUESTION =
  'Comment fonctionne le plan de développement des compétences pour une entreprise de 20 salariés ?';
const EMAIL = 'marie.durand@exemple.fr';

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function createAppAgainst(failure: FakeOpenAiFailure) {
  server = await startFakeOpenAiServer(failure);
  const storage = createMemoryStorage();
  const { logger, lines } = createRecordingLogger();
  const { app, dependencies } = createTestApp({
    environment: {
      OPENAI_API_KEY: 'sk-test-fake',
      OPENAI_BASE_URL: server.baseUrl,
      OPENAI_MODEL: 'fake-model',
      LLM_TIMEOUT_MS: '400',
    },
    storage,
    logger,
  });
  return { app, dependencies, storage, lines, server };
}

const FAILURES: FakeOpenAiFailure[] = [
  'server-error',
  'hang',
  'malformed-stream',
  'tool-call-invalid-arguments',
  'tool-call-unknown-tool',
];

describe.each(FAILURES)('POST /v1/ask when the LLM provider fails (%s)', (failure) => {
  it('still answers with the offline fallback, marked degraded, and logs the question', async () => {
    const { app, dependencies, storage, server } = await createAppAgainst(failure);
    const response = await app.request('/v1/ask', postJson({ question: QUESTION }));
    expect(response.status).toBe(200);
    const body = askResponseSchema.parse(await response.json());
    expect(server.requests.length).toBeGreaterThan(0);
    expect(body).toMatchObject({ mode: 'offline', degraded: true });
    expect(body.answer.trim().length).toBeGreaterThan(40);
    expect(body.citations.length).toBeGreaterThan(0);

    await dependencies.backgroundTasks.settled();
    expect(storage.questions).toContainEqual(
      expect.objectContaining({ messageId: body.messageId, channel: 'api', mode: 'offline' }),
    );
  });
});

describe('LLM provider failures: nothing leaks, the next request is served', () => {
  it('never sends personal data to the provider, even when it fails', async () => {
    const { app, server } = await createAppAgainst('server-error');
    const response = await app.request(
      '/v1/ask',
      postJson({ question: `${QUESTION} Écrivez-moi à ${EMAIL}` }),
    );
    expect(response.status).toBe(200);
    const body = askResponseSchema.parse(await response.json());
    expect(body.redactions).toContain('email');
    expect(JSON.stringify(body)).not.toContain(EMAIL);
    expect(server.requests.join('\n')).not.toContain(EMAIL);
  });

  it('serves the next question normally after a timeout', async () => {
    const { app } = await createAppAgainst('hang');
    const first = await app.request('/v1/ask', postJson({ question: QUESTION }));
    const second = await app.request(
      '/v1/ask',
      postJson({ question: 'Quels documents fournir pour une demande de prise en charge ?' }),
    );
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(askResponseSchema.parse(await second.json()).answer.length).toBeGreaterThan(0);
  });
});

describe.each(['server-error', 'hang', 'malformed-stream'] as const)(
  'POST /api/chat when the LLM provider fails (%s)',
  (failure) => {
    it('streams the offline answer to the widget, without an error part', async () => {
      const { app, server } = await createAppAgainst(failure);
      const response = await app.request(
        '/api/chat',
        postJson({
          id: 'conv-1',
          messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: QUESTION }] }],
        }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
      const parts = (await response.text())
        .split('\n')
        .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
        .map((line) => JSON.parse(line.slice(6)) as { type: string; delta?: string });
      expect(server.requests.length).toBeGreaterThan(0);
      expect(parts.map((part) => part.type)).not.toContain('error');
      const text = parts
        .filter((part) => part.type === 'text-delta')
        .map((part) => part.delta)
        .join('');
      expect(text.trim().length).toBeGreaterThan(40);
      expect(parts.at(-1)?.type).toBe('finish');
    });
  },
);

describe('a client abort cancels the provider call (Node server)', () => {
  let closeApp: (() => void) | undefined;
  let provider: PacedServer | undefined;
  afterEach(async () => {
    closeApp?.();
    await provider?.close();
    closeApp = undefined;
    provider = undefined;
  });

  /** A provider that starts streaming a sentence, then holds its stream open until the client goes away. */
  async function startHoldingProvider() {
    provider = await startPacedServer(() => ({
      text: 'Le plan de développement des compétences finance vos formations. La suite ne vient jamais.',
      pieces: [
        'Le plan de développement ',
        'des compétences finance vos formations. ',
        'La suite ne vient jamais.',
      ],
      beforePiece: (index) => (index === 2 ? new Promise<void>(() => {}) : Promise.resolve()),
    }));
    const { logger, lines } = createRecordingLogger();
    const { app } = createTestApp({
      environment: {
        OPENAI_API_KEY: 'sk-test-fake',
        OPENAI_BASE_URL: provider.baseUrl,
        LLM_TIMEOUT_MS: '20000',
      },
      logger,
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    closeApp = () => server.close();
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines, provider };
  }

  it('on /api/chat: the provider connection closes, and the fallback is logged as aborted', async () => {
    const { base, lines, provider } = await startHoldingProvider();
    const client = new AbortController();
    const response = await fetch(`${base}/api/chat`, {
      ...postJson({ question: QUESTION }),
      signal: client.signal,
    });
    const reader = response.body!.getReader();
    let received = '';
    while (!received.includes('"text-delta"'))
      received += new TextDecoder().decode((await reader.read()).value);
    const abortedAt = performance.now();
    client.abort();
    await provider.waitFor('closed:1');
    const closedAfterMs = performance.now() - abortedAt;
    expect(provider.events).toEqual(['request:1', 'closed:1']);
    await vi.waitFor(() =>
      expect(lines).toContainEqual(
        expect.objectContaining({
          event: 'llm_fallback',
          fields: expect.objectContaining({ reason: 'aborted' }),
        }),
      ),
    );
    expect(lines.map((line) => line.fields.reason)).not.toContain('timeout');
    console.info(`abort → provider connection closed (/api/chat): ${closedAfterMs.toFixed(0)} ms`);
  });

  it('on /v1/ask: the provider connection closes, and the fallback is logged as aborted', async () => {
    const { base, lines, provider } = await startHoldingProvider();
    const client = new AbortController();
    const pending = fetch(`${base}/v1/ask`, {
      ...postJson({ question: QUESTION }),
      signal: client.signal,
    }).catch((error: Error) => error.name);
    await provider.waitFor('request:1');
    const abortedAt = performance.now();
    client.abort();
    expect(await pending).toBe('AbortError');
    await provider.waitFor('closed:1');
    const closedAfterMs = performance.now() - abortedAt;
    expect(provider.events).toEqual(['request:1', 'closed:1']);
    await vi.waitFor(() =>
      expect(lines).toContainEqual(
        expect.objectContaining({
          event: 'llm_fallback',
          fields: expect.objectContaining({ reason: 'aborted' }),
        }),
      ),
    );
    console.info(`abort → provider connection closed (/v1/ask): ${closedAfterMs.toFixed(0)} ms`);
  });
});
