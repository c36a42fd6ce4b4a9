import { afterEach, describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../src/chat/answer-contract';
import { createMemoryStorage } from '../../src/storage';
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
