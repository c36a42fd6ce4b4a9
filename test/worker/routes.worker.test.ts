import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = exports.default;

describe('worker (workerd)', () => {
  it('serves /healthz', async () => {
    const response = await worker.fetch(new Request('http://worker.test/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', mode: 'offline' });
  });

  it('serves /v1/search with French hits', async () => {
    const response = await worker.fetch(new Request('http://worker.test/v1/search?q=qualiopie&limit=3'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { hits: Array<{ id: string }> };
    expect(body.hits.length).toBeGreaterThan(0);
  });

  it('rejects an empty search with a French 400', async () => {
    const response = await worker.fetch(new Request('http://worker.test/v1/search?q='));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});
