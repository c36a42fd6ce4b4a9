import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = exports.default;
const post = (path: string, body: BodyInit, contentType = 'application/json') =>
  worker.fetch(
    new Request(`http://worker.test${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    }),
  );

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
}

describe('input hardening in workerd', () => {
  it('rejects a body over 64 KiB with 413', async () => {
    await expectError(
      await post('/v1/ask', JSON.stringify({ question: 'a'.repeat(70_000) })),
      413,
      'payload_too_large',
    );
  });

  it('rejects a wrong content type with 415', async () => {
    await expectError(
      await post('/v1/ask', 'question=bonjour', 'application/x-www-form-urlencoded'),
      415,
      'unsupported_media_type',
    );
  });

  it('rejects malformed JSON with 400', async () => {
    await expectError(await post('/api/chat', '{"messages":'), 400, 'invalid_json');
  });

  it('answers an unknown route with 404', async () => {
    await expectError(await worker.fetch(new Request('http://worker.test/v1/inconnu')), 404, 'not_found');
  });
});
