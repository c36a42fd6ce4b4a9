import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../../src/chat';
import { createSqliteStorage } from '../../../src/storage/sqlite-storage';
import { createTestApp, postJson } from '../../helpers/create-test-app';
import { readWithAiSdk } from './read-with-ai-sdk';

const userMessage = (text: string) => ({
  id: crypto.randomUUID(),
  role: 'user',
  parts: [{ type: 'text', text }],
});

const QUESTIONS = [
  'Quels coûts sont financés pour le plan de développement des compétences ?',
  'ESN de 6 salariés (IDCC 1486) : formation cybersécurité de 21 h à 2 100 € HT, organisme Qualiopi, dossier déposé un mois avant. Combien ?',
  'Nous sommes une banque (IDCC 2120), quel OPCO ?',
  'Je voudrais parler à un conseiller Atlas, mon cas est compliqué.',
  'Quelle est la météo à Paris demain ?',
];

const dataOf = (message: UIMessage, type: string) =>
  message.parts.filter((part) => part.type === type).map((part) => (part as { data: unknown }).data);

describe('POST /api/chat', () => {
  it('streams the AI SDK UI message protocol, unbuffered and uncompressed', async () => {
    const { app } = createTestApp();
    const response = await app.request(
      '/api/chat',
      postJson({ id: 'chat-1', trigger: 'submit-message', messages: [userMessage(QUESTIONS[2]!)] }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(response.headers.get('content-encoding')).toBe('identity');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('cache-control')).toMatch(/no-cache/);

    const message = await readWithAiSdk(response);
    const metadata = message.metadata as { messageId: string; mode: string };
    expect(metadata).toMatchObject({ messageId: message.id, mode: 'offline' });
    const [text] = message.parts.filter((part) => part.type === 'text');
    expect(text).toMatchObject({ state: 'done', text: expect.stringMatching(/\S{3}/) });
    const citations = dataOf(message, 'data-citation') as Array<{ id: string; excerpt: string }>;
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((citation) => citation.excerpt.length > 0)).toBe(true);
    const sources = message.parts.filter(
      (part) => part.type === 'source-url' || part.type === 'source-document',
    );
    expect(sources.map((source) => (source as { sourceId: string }).sourceId)).toEqual(
      citations.map((citation) => citation.id),
    );
  });

  it.each(QUESTIONS)('carries the whole engine answer to the client for « %s »', async (question) => {
    const { app, dependencies } = createTestApp();
    const expected = await createAnswerEngine(dependencies).answer({ question }, { channel: 'web' });
    const message = await readWithAiSdk(
      await app.request('/api/chat', postJson({ messages: [userMessage(question)] })),
    );

    expect(
      message.parts.filter((part) => part.type === 'text').map((part) => (part as { text: string }).text),
    ).toEqual([expected.answer]);
    expect(dataOf(message, 'data-citation')).toEqual(expected.citations);
    expect(dataOf(message, 'data-simulation')).toEqual(expected.toolCalls);
    expect(dataOf(message, 'data-follow-ups')).toEqual(
      expected.followUps.length > 0 ? [{ questions: expected.followUps }] : [],
    );
    expect(dataOf(message, 'data-handoff')).toEqual(
      expected.handoff ? [{ ...expected.handoff, contactUrl: 'https://www.opco-atlas.fr/' }] : [],
    );
    expect(message.metadata).toMatchObject({ status: expected.status, intent: expected.intent });
  });

  it('uses earlier messages as history, and accepts the simple { question, history } body', async () => {
    const { app } = createTestApp();
    const viaMessages = await readWithAiSdk(
      await app.request(
        '/api/chat',
        postJson({
          messages: [
            userMessage('Nous sommes une ESN de 6 salariés, IDCC 1486.'),
            { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Vous relevez d’Atlas.' }] },
            userMessage('Combien pour une formation de 21 h à 2 100 € HT chez un organisme Qualiopi ?'),
          ],
        }),
      ),
    );
    const viaSimpleBody = await readWithAiSdk(
      await app.request(
        '/api/chat',
        postJson({
          question: 'Combien pour une formation de 21 h à 2 100 € HT chez un organisme Qualiopi ?',
          history: [
            { role: 'user', content: 'Nous sommes une ESN de 6 salariés, IDCC 1486.' },
            { role: 'assistant', content: 'Vous relevez d’Atlas.' },
          ],
        }),
      ),
    );
    const withoutHistory = await readWithAiSdk(
      await app.request(
        '/api/chat',
        postJson({
          question: 'Combien pour une formation de 21 h à 2 100 € HT chez un organisme Qualiopi ?',
        }),
      ),
    );
    const textOf = (message: UIMessage) => message.parts.find((part) => part.type === 'text');
    expect(textOf(viaMessages)).toEqual(textOf(viaSimpleBody));
    expect(textOf(viaMessages)).not.toEqual(textOf(withoutHistory));
  });

  it('gives a message id that the feedback route accepts', async () => {
    const { app, dependencies } = createTestApp();
    const message = await readWithAiSdk(await app.request('/api/chat', postJson({ question: QUESTIONS[0] })));
    const feedback = await app.request(
      '/v1/feedback',
      postJson({ messageId: message.id, rating: 'up', channel: 'web' }),
    );
    expect(feedback.status).toBe(201);
    const stored = (dependencies.storage as unknown as { feedback: Array<{ messageId: string }> }).feedback;
    expect(stored.map((entry) => entry.messageId)).toEqual([message.id]);
  });

  it.each([
    [{ messages: [] }, 400, 'invalid_request'],
    [
      { messages: [{ id: 'a', role: 'assistant', parts: [{ type: 'text', text: 'Bonjour' }] }] },
      400,
      'invalid_request',
    ],
    [{ messages: [userMessage('   ')] }, 400, 'invalid_request'],
    [{ question: 42 }, 400, 'invalid_request'],
    [{ messages: [userMessage('x'.repeat(2001))] }, 400, 'invalid_request'],
  ])('rejects %j with a JSON %i error, not a stream', async (body, status, code) => {
    const response = await createTestApp().app.request('/api/chat', postJson(body));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code, message: expect.stringMatching(/\S/) } });
  });

  it('rejects a non-JSON body with 415 and malformed JSON with 400', async () => {
    const { app } = createTestApp();
    const text = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(text.status).toBe(415);
    const malformed = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"messages": [',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'invalid_json' } });
  });

  it('keeps answering when the storage is unavailable, while feedback reports 503', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'atlas-chat-'));
    const blocker = join(directory, 'file');
    writeFileSync(blocker, '');
    try {
      const { app, dependencies } = createTestApp({
        storage: createSqliteStorage({ path: join(blocker, 'assistant.db') }),
      });
      const response = await app.request('/api/chat', postJson({ question: QUESTIONS[0] }));
      expect(response.status).toBe(200);
      const message = await readWithAiSdk(response);
      expect(message.parts.some((part) => part.type === 'text')).toBe(true);
      await dependencies.backgroundTasks.settled();
      const feedback = await app.request('/v1/feedback', postJson({ messageId: message.id, rating: 'up' }));
      expect(feedback.status).toBe(503);
      expect(await feedback.json()).toMatchObject({ error: { code: 'storage_unavailable' } });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
