import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../src/http/client-address';
import type { RateLimitBinding } from '../../src/http/rate-limit';
import { createTestApp } from '../helpers/create-test-app';
import { createRecordingLogger } from './recording-logger';

const SEARCH = '/v1/search?q=opco';

function fromAddress(address: string, headers: Record<string, string> = {}): RequestInit {
  return { headers: { 'cf-connecting-ip': address, ...headers } };
}

function createClock(start = '2026-11-27T09:00:00Z') {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (milliseconds: number) => (time += milliseconds) };
}

async function sha256Hex(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}

describe('rateLimit (in-memory token bucket)', () => {
  it('is off when RATE_LIMIT_PER_MINUTE is unset', async () => {
    const { app } = createTestApp();
    for (let index = 0; index < 50; index++) {
      expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(200);
    }
  });

  it('answers 429 rate_limited with Retry-After once an IP spends its budget, and spares other IPs', async () => {
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '3' } });
    for (let index = 0; index < 3; index++) {
      expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(200);
    }
    const limited = await app.request(SEARCH, fromAddress('203.0.113.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect(limited.headers.get('content-type')).toMatch(/application\/json/);
    expect(await limited.json()).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/Trop de requêtes.*20 secondes/) },
    });
    expect((await app.request(SEARCH, fromAddress('203.0.113.2'))).status).toBe(200);
  });

  it('limits POST routes before reading the body, and counts bad requests too', async () => {
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '2' } });
    const garbage = { method: 'POST', body: 'not json', headers: { 'cf-connecting-ip': '203.0.113.9' } };
    expect((await app.request('/v1/ask', garbage)).status).toBe(415);
    expect((await app.request('/api/chat', garbage)).status).toBe(415);
    const limited = await app.request('/v1/ask', garbage);
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe('rate_limited');
  });

  it('gives tokens back over time', async () => {
    const clock = createClock();
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '3' }, now: clock.now });
    for (let index = 0; index < 3; index++) await app.request(SEARCH, fromAddress('203.0.113.1'));
    expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(429);
    clock.advance(19_000);
    expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(429);
    clock.advance(1_000);
    expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(200);
    expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(429);
    clock.advance(60_000);
    for (let index = 0; index < 3; index++) {
      expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(200);
    }
  });

  it('never limits /healthz, the static pages, Slack, Teams or CORS preflights', async () => {
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '1' } });
    await app.request(SEARCH, fromAddress('203.0.113.1'));
    expect((await app.request(SEARCH, fromAddress('203.0.113.1'))).status).toBe(429);
    for (let index = 0; index < 5; index++) {
      expect((await app.request('/healthz', fromAddress('203.0.113.1'))).status).toBe(200);
      for (const [method, path] of [
        ['GET', '/'],
        ['GET', '/widget.js'],
        ['POST', '/slack/events'],
        ['POST', '/teams/messages'],
      ] as const) {
        const response = await app.request(path, { method, ...fromAddress('203.0.113.1') });
        expect(response.status).not.toBe(429);
      }
      const preflight = await app.request('/api/chat', {
        method: 'OPTIONS',
        headers: {
          'cf-connecting-ip': '203.0.113.1',
          origin: 'https://rh.example.fr',
          'access-control-request-method': 'POST',
        },
      });
      expect(preflight.status).not.toBe(429);
    }
  });

  it('shares one budget across an IPv6 /64', async () => {
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '2' } });
    expect((await app.request(SEARCH, fromAddress('2001:db8:1:2::1'))).status).toBe(200);
    expect((await app.request(SEARCH, fromAddress('2001:db8:1:2:aaaa::9'))).status).toBe(200);
    expect((await app.request(SEARCH, fromAddress('2001:0db8:0001:0002:ffff:0:0:1'))).status).toBe(429);
    expect((await app.request(SEARCH, fromAddress('2001:db8:1:3::1'))).status).toBe(200);
  });

  it('gives each valid API key its own budget, while unknown tokens still count for their IP', async () => {
    const { app } = createTestApp({
      environment: { RATE_LIMIT_PER_MINUTE: '2', API_KEYS: 'cle-alpha,cle-beta' },
    });
    const withToken = (token: string) => fromAddress('203.0.113.5', { authorization: `Bearer ${token}` });
    for (let index = 0; index < 2; index++) {
      expect((await app.request(SEARCH, withToken('cle-alpha'))).status).not.toBe(429);
    }
    expect((await app.request(SEARCH, withToken('cle-alpha'))).status).toBe(429);
    expect((await app.request(SEARCH, withToken('cle-beta'))).status).not.toBe(429);
    // Random tokens cannot buy fresh budgets: they all count for 203.0.113.5.
    expect((await app.request(SEARCH, withToken('invente-1'))).status).not.toBe(429);
    expect((await app.request(SEARCH, withToken('invente-2'))).status).not.toBe(429);
    expect((await app.request(SEARCH, withToken('invente-3'))).status).toBe(429);
  });
});

describe('rateLimit (Workers rate-limiting binding)', () => {
  function createFakeBinding(answer: (key: string) => boolean): RateLimitBinding & { keys: string[] } {
    const keys: string[] = [];
    return {
      keys,
      async limit({ key }) {
        keys.push(key);
        return { success: answer(key) };
      },
    };
  }

  it('asks the binding with the client IP and maps a refusal to 429 with Retry-After: 60', async () => {
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '30' } });
    const binding = createFakeBinding((key) => key !== 'ip:203.0.113.66');
    expect((await app.request(SEARCH, fromAddress('203.0.113.7'), { RATE_LIMITER: binding })).status).toBe(
      200,
    );
    const limited = await app.request(SEARCH, fromAddress('203.0.113.66'), { RATE_LIMITER: binding });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect(binding.keys).toEqual(['ip:203.0.113.7', 'ip:203.0.113.66']);
  });

  it('keys API clients by a SHA-256 of their key, never the key itself', async () => {
    const { app } = createTestApp({
      environment: { RATE_LIMIT_PER_MINUTE: '30', API_KEYS: 'cle-secrete-123' },
    });
    const binding = createFakeBinding(() => true);
    await app.request(SEARCH, fromAddress('203.0.113.7', { authorization: 'Bearer cle-secrete-123' }), {
      RATE_LIMITER: binding,
    });
    expect(binding.keys).toEqual([`key:${(await sha256Hex('cle-secrete-123')).slice(0, 32)}`]);
    expect(binding.keys.join()).not.toContain('cle-secrete');
  });

  it('keeps serving, and logs a warning, when the binding fails', async () => {
    const { logger, lines } = createRecordingLogger();
    const { app } = createTestApp({ environment: { RATE_LIMIT_PER_MINUTE: '30' }, logger });
    const broken: RateLimitBinding = {
      limit: async () => {
        throw new Error('rate limiter down');
      },
    };
    expect((await app.request(SEARCH, fromAddress('203.0.113.7'), { RATE_LIMITER: broken })).status).toBe(
      200,
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'warn', event: 'rate_limiter_unavailable' }),
    );
  });
});

describe('rateLimit behind the Node server (socket address, TRUST_PROXY)', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  async function startServer(environment: Record<string, string>) {
    const { app } = createTestApp({ environment });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    close = () => server.close();
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const viaProxy = (hops: string, headers: Record<string, string> = {}) => ({
    headers: { 'x-forwarded-for': hops, ...headers },
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: rotating it does not bypass the limit', async () => {
    const base = await startServer({ RATE_LIMIT_PER_MINUTE: '2' });
    const statuses: number[] = [];
    for (let index = 1; index <= 10; index++) {
      statuses.push((await fetch(`${base}${SEARCH}`, viaProxy(`198.51.100.${index}`))).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429, 429, 429, 429, 429]);
    // CF-Connecting-IP is not believed on Node either unless TRUST_PROXY=cloudflare.
    const forged = await fetch(`${base}${SEARCH}`, { headers: { 'cf-connecting-ip': '203.0.113.50' } });
    expect(forged.status).toBe(429);
  });

  it('with TRUST_PROXY=<CIDR>, reads hops right to left from a trusted peer, and only valid IPs', async () => {
    const base = await startServer({ RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '127.0.0.0/8, 10.0.0.0/8' });
    // A client forging the first hop is still counted under the address the proxy appended.
    expect((await fetch(`${base}${SEARCH}`, viaProxy('1.1.1.1, 198.51.100.7'))).status).toBe(200);
    expect((await fetch(`${base}${SEARCH}`, viaProxy('2.2.2.2, 198.51.100.7'))).status).toBe(200);
    const limited = await fetch(`${base}${SEARCH}`, viaProxy('3.3.3.3, 198.51.100.7'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    // Trusted proxies in the chain are skipped: the client is the first untrusted hop from the right.
    expect((await fetch(`${base}${SEARCH}`, viaProxy('198.51.100.7, 10.1.2.3'))).status).toBe(429);
    expect((await fetch(`${base}${SEARCH}`, viaProxy('198.51.100.8'))).status).toBe(200);
    // Hops that are not IP addresses are never keys: they all fall back to the proxy (127.0.0.1).
    const junk = ['inconnu', '198.51.100.9:8080', 'x'.repeat(40), '999.1.1.1', '', '2001:db8::zz'];
    const statuses: number[] = [];
    for (const hop of junk) statuses.push((await fetch(`${base}${SEARCH}`, viaProxy(hop))).status);
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429]);
  });

  it('with TRUST_PROXY=cloudflare, CF-Connecting-IP is authoritative and X-Forwarded-For is ignored', async () => {
    const base = await startServer({ RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: 'cloudflare' });
    const from = (address: string, hops: string) => viaProxy(hops, { 'cf-connecting-ip': address });
    expect((await fetch(`${base}${SEARCH}`, from('203.0.113.60', '198.51.100.1'))).status).toBe(200);
    expect((await fetch(`${base}${SEARCH}`, from('203.0.113.60', '198.51.100.2'))).status).toBe(429);
    expect((await fetch(`${base}${SEARCH}`, from('203.0.113.61', '198.51.100.2'))).status).toBe(200);
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.1', '203.0.113.1'],
    ['203.0.113.1:5678', '203.0.113.1'],
    ['::ffff:203.0.113.1', '203.0.113.1'],
    ['[2001:db8::1]:443', '2001:db8:0:0::/64'],
    ['2001:DB8:0001:0002:3:4:5:6', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});
