import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = exports.default;
// wrangler.toml: the [[ratelimits]] binding (30 requests per 60 s), the one place the limit is defined on Workers.
const LIMIT = 30;

const search = (address: string) =>
  worker.fetch(
    new Request('http://worker.test/v1/search?q=opco', { headers: { 'cf-connecting-ip': address } }),
  );

describe('rate limit in workerd (Workers rate-limiting binding)', () => {
  it('answers 429 with Retry-After once an IP spends its budget, and keeps serving other IPs', async () => {
    let served = 0;
    let limited: Response | undefined;
    // why: the local binding counts per fixed minute; a window boundary can reset the count once.
    for (let attempt = 0; attempt < 2 * LIMIT + 1 && !limited; attempt++) {
      const response = await search('198.51.100.200');
      if (response.status === 429) limited = response;
      else {
        expect(response.status).toBe(200);
        served++;
      }
    }
    expect(served).toBeGreaterThanOrEqual(LIMIT);
    expect(limited?.headers.get('retry-after')).toBe('60');
    expect(await limited?.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await search('198.51.100.201')).status).toBe(200);
  });

  it('never limits /healthz', async () => {
    for (let attempt = 0; attempt < LIMIT + 5; attempt++) {
      const response = await worker.fetch(
        new Request('http://worker.test/healthz', { headers: { 'cf-connecting-ip': '198.51.100.202' } }),
      );
      expect(response.status).toBe(200);
    }
  });
});
