import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/create-test-app';

const WIDGET_GZIP_BUDGET = 30 * 1024;

describe('GET /widget.js', () => {
  it('serves the built widget as cacheable JavaScript with security headers', async () => {
    const { app } = createTestApp();
    const response = await app.request('/widget.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{20,}"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const script = await response.text();
    expect(script).toContain('AtlasAssistant');
    expect(script).toContain('attachShadow');
  });

  it(`stays within ${WIDGET_GZIP_BUDGET / 1024} KiB gzip`, async () => {
    const script = await (await createTestApp().app.request('/widget.js')).text();
    const gzipBytes = gzipSync(script, { level: 9 }).length;
    console.info(`widget.js: ${script.length} bytes, ${gzipBytes} bytes gzip`);
    expect(script.length).toBeGreaterThan(5_000);
    expect(gzipBytes).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET);
  });

  it('is CSP-compatible: no eval, no Function constructor, no inline style attributes, no innerHTML', async () => {
    const script = await (await createTestApp().app.request('/widget.js')).text();
    expect(script).not.toMatch(
      /\beval\(|new Function\(|setAttribute\("style"|\.innerHTML\s*=|insertAdjacentHTML/,
    );
  });

  it('is served gzip-compressed to clients that accept it, with a weak ETag that still revalidates', async () => {
    const { app } = createTestApp();
    const plain = await (await app.request('/widget.js')).text();
    const response = await app.request('/widget.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    const compressed = new Uint8Array(await response.arrayBuffer());
    expect(compressed.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(compressed).toString('utf8')).toBe(plain);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\//);
    const revalidated = await app.request('/widget.js', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);
  });

  it('answers 304 when the ETag matches', async () => {
    const { app } = createTestApp();
    const etag = (await app.request('/widget.js')).headers.get('etag')!;
    const response = await app.request('/widget.js', { headers: { 'if-none-match': `W/${etag}` } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });
});

describe('GET / (demo page)', () => {
  it('serves a French page that embeds the widget and offers clickable example questions', async () => {
    const { app } = createTestApp();
    const response = await app.request('http://assistant.example/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=UTF-8/i);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<script src="/widget.js"');
    expect(html.match(/data-atlas-question="/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('&lt;script src=&quot;http://assistant.example/widget.js&quot;');
  });

  it('sends a strict CSP whose style hashes match the inline styles', async () => {
    const response = await createTestApp().app.request('/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');

    const html = await response.text();
    const inlineStyle = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inlineStyle));
    expect(policy).toContain(`'sha256-${Buffer.from(digest).toString('base64')}'`);
    expect(html).not.toMatch(/<script>|\son\w+=|style="/);
  });

  it('links a favicon that the service serves as SVG', async () => {
    const { app } = createTestApp();
    const html = await (await app.request('/')).text();
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });

  it('uses PUBLIC_URL in the embed snippet when set', async () => {
    const { app } = createTestApp({ environment: { PUBLIC_URL: 'https://assistant.exemple.fr/' } });
    const html = await (await app.request('/')).text();
    expect(html).toContain('https://assistant.exemple.fr/widget.js');
  });
});
