import { describe, expect, it } from 'vitest';
import { createTestApp, postJson } from '../helpers/create-test-app';

const ALLOWED = 'https://rh.exemple.fr';
const environment = { ALLOWED_ORIGINS: `${ALLOWED}, https://portail.exemple.com/, *, pas-une-url` };

const preflight = (origin: string, path = '/v1/feedback') =>
  createTestApp({ environment }).app.request(path, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

describe('corsPolicy', () => {
  it('answers a preflight from an allowed origin', async () => {
    const response = await preflight(ALLOWED, '/api/chat');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('accepts an allowlist entry written with a trailing slash', async () => {
    const response = await preflight('https://portail.exemple.com');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portail.exemple.com');
  });

  it.each(['https://evil.example', 'https://rh.exemple.fr.evil.example', 'http://rh.exemple.fr', 'null'])(
    'refuses a preflight from %s with a French 403 and no CORS header',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.json()).toMatchObject({
        error: { code: 'forbidden', message: expect.any(String) },
      });
    },
  );

  it('adds CORS headers to an allowed origin’s request, errors included', async () => {
    const { app } = createTestApp({ environment });
    const response = await app.request('/v1/feedback', postJson({ rating: 'up' }, { origin: ALLOWED }));
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('gives no CORS header to any other origin, so the browser blocks the response', async () => {
    const { app } = createTestApp({ environment });
    const response = await app.request('/healthz', { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('never allows every origin, even when ALLOWED_ORIGINS is `*`', async () => {
    const { app } = createTestApp({ environment: { ALLOWED_ORIGINS: '*' } });
    const response = await app.request('/v1/feedback', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves requests without Origin (servers, curl) untouched', async () => {
    const response = await createTestApp({ environment }).app.request('/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
