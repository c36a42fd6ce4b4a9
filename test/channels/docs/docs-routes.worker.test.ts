import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = exports.default;

describe('API reference (workerd)', () => {
  it('serves /openapi.json as OpenAPI 3.1 and /docs with its own assets', async () => {
    const document = (await (await worker.fetch(new Request('http://worker.test/openapi.json'))).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toContain('/v1/helpdesk/draft');
    const page = await worker.fetch(new Request('http://worker.test/docs'));
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await worker.fetch(new Request('http://worker.test/docs/assets/docs.js'));
    expect(script.status).toBe(200);
  });

  it('answers 503 on the chat-platform endpoints when they are not configured', async () => {
    for (const path of ['/slack/events', '/teams/messages']) {
      const response = await worker.fetch(
        new Request(`http://worker.test${path}`, { method: 'POST', body: '{}' }),
      );
      expect(response.status).toBe(503);
    }
  });
});
