import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/create-test-app';

const ALLOWED = 'https://rh.example.fr';
const FOREIGN = 'https://malveillant.example';

function directives(policy: string) {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

describe.each([
  ['/', /^text\/html/],
  ['/widget.js', /^(?:text|application)\/javascript/],
])('security headers on GET %s', (path, contentType) => {
  const { app } = createTestApp({ environment: { ALLOWED_ORIGINS: ALLOWED } });

  it('serves the asset with its content type, nosniff and a Referrer-Policy', async () => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(contentType);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toMatch(
      /^(?:no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
  });

  it('sends a Content-Security-Policy that forbids eval, plugins and foreign scripts', async () => {
    const policy = (await app.request(path)).headers.get('content-security-policy') ?? '';
    const parsed = directives(policy);
    const scripts = parsed.get('script-src') ?? parsed.get('default-src');
    expect(scripts, policy).toBeDefined();
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain('*');
    expect(scripts).not.toContain('http:');
    expect(parsed.get('object-src') ?? parsed.get('default-src'), policy).toEqual(["'none'"]);
    expect(parsed.has('base-uri'), policy).toBe(true);
  });
});

describe('CORS for the widget routes (ALLOWED_ORIGINS only)', () => {
  const { app } = createTestApp({ environment: { ALLOWED_ORIGINS: `${ALLOWED},https://autre.example.fr` } });

  const preflight = (path: string, origin: string) =>
    app.request(path, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it.each(['/api/chat', '/v1/feedback'])('allows a preflight to %s from an allowed origin', async (path) => {
    const response = await preflight(path, ALLOWED);
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/content-type/);
    expect(response.headers.get('vary')?.toLowerCase()).toMatch(/origin/);
  });

  it.each(['/api/chat', '/v1/feedback'])('refuses a preflight to %s from any other origin', async (path) => {
    const response = await preflight(path, FOREIGN);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes only an allowed origin on the actual request, never a wildcard', async () => {
    const body = JSON.stringify({
      messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Qui est l’OPCO des ESN ?' }] }],
    });
    const headers = (origin: string) => ({ 'content-type': 'application/json', origin });
    const allowed = await app.request('/api/chat', { method: 'POST', headers: headers(ALLOWED), body });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    await allowed.body?.cancel();
    const foreign = await app.request('/api/chat', { method: 'POST', headers: headers(FOREIGN), body });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    await foreign.body?.cancel();
    const other = await app.request('/api/chat', {
      method: 'POST',
      headers: headers('https://autre.example.fr'),
      body,
    });
    expect(other.headers.get('access-control-allow-origin')).toBe('https://autre.example.fr');
    await other.body?.cancel();
  });

  it('does not open CORS when ALLOWED_ORIGINS is unset', async () => {
    const { app: closed } = createTestApp();
    const response = await closed.request('/api/chat', {
      method: 'OPTIONS',
      headers: { origin: FOREIGN, 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(response.headers.get('access-control-allow-origin')).not.toBe(FOREIGN);
  });

  it('lets the widget read a 429 from an allowed origin (CORS headers on errors)', async () => {
    const { app: limited } = createTestApp({
      environment: { ALLOWED_ORIGINS: ALLOWED, RATE_LIMIT_PER_MINUTE: '1' },
    });
    const request = () =>
      limited.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: ALLOWED, 'cf-connecting-ip': '203.0.113.30' },
        body: 'x',
      });
    await request();
    const response = await request();
    expect(response.status).toBe(429);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});

describe('X-Content-Type-Options on API responses', () => {
  const { app } = createTestApp();

  it.each([
    ['a JSON answer', '/v1/search?q=opco', 200],
    ['the OpenAPI document', '/openapi.json', 200],
    ['a 400', '/v1/search?q=', 400],
    ['a 404', '/nulle-part', 404],
    ['/healthz', '/healthz', 200],
  ])('sends nosniff on %s', async (_name, path, status) => {
    const response = await app.request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
