import { describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../../src/chat';
import { createTestApp, postJson } from '../../helpers/create-test-app';

describe('POST /v1/ask', () => {
  it('answers with the full response contract', async () => {
    const { app } = createTestApp();
    const response = await app.request('/v1/ask', postJson({ question: 'Qu’est-ce qu’un OPCO ?' }));
    expect(response.status).toBe(200);
    const body = askResponseSchema.parse(await response.json());
    expect(body).toMatchObject({
      mode: 'offline',
      degraded: false,
      locale: 'fr',
      handoff: null,
      redactions: [],
    });
    expect(body.messageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body.citations[0]).toEqual(
      expect.objectContaining({
        id: 'guide-definition-opco',
        title: expect.any(String),
        source: expect.any(String),
        url: expect.stringMatching(/^https:/),
      }),
    );
  });

  it('accepts history, context and locale', async () => {
    const { app } = createTestApp();
    const response = await app.request(
      '/v1/ask',
      postJson({
        question: 'Which OPCO do we belong to?',
        history: [{ role: 'user', content: 'We are an accounting firm.' }],
        context: { idcc: '0787', headcount: 12 },
        locale: 'en',
      }),
    );
    const body = askResponseSchema.parse(await response.json());
    expect(body.locale).toBe('en');
    expect(body.answer).toMatch(/belongs to OPCO Atlas/);
  });

  it.each([
    [{ question: '' }, /question/],
    [{ question: 'a'.repeat(2001) }, /question/],
    [{}, /question/],
    [{ question: 'OPCO ?', locale: 'de' }, /locale/],
    [{ question: 'OPCO ?', history: [{ role: 'system', content: 'x' }] }, /history/],
    [
      { question: 'OPCO ?', history: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) },
      /history/,
    ],
    [{ question: 'OPCO ?', context: { headcount: -1 } }, /context\.headcount/],
  ])('rejects an invalid body with a French 400 naming the field: %j', async (body, field) => {
    const { app } = createTestApp();
    const response = await app.request('/v1/ask', postJson(body));
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('invalid_request');
    expect(error.error.message).toMatch(field);
  });

  it('rejects malformed JSON and a wrong content type before the engine runs', async () => {
    const { app } = createTestApp();
    const malformed = await app.request('/v1/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"question":',
    });
    expect(malformed.status).toBe(400);
    const wrongType = await app.request('/v1/ask', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'OPCO ?',
    });
    expect(wrongType.status).toBe(415);
  });

  it('is documented in the OpenAPI description', async () => {
    const { app } = createTestApp();
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(document.paths['/v1/ask']).toBeDefined();
  });
});
