import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/app';
import { getKnowledge, type Knowledge } from '../../src/knowledge';
import { createTestApp, postJson } from '../helpers/create-test-app';
import { expectErrorShape } from './error-shape';
import { createRecordingLogger } from './recording-logger';

/** Every JSON POST route, with a body its schema must reject (types and ranges from the issues). */
const JSON_ROUTES: Array<{ path: string; wronglyTyped: unknown[]; rawWronglyTyped: string[] }> = [
  {
    path: '/v1/ask',
    rawWronglyTyped: [
      '{"question":"Qui finance ?","context":{"headcount":1e400}}',
      '{"question":"Qui finance ?","question":42}',
    ],
    wronglyTyped: [
      { question: 42 },
      { question: '' },
      { question: 'x'.repeat(2001) },
      { question: 'Qui finance ?', history: 'avant' },
      { question: 'Qui finance ?', history: [{ role: 'system', content: 'x' }] },
      { question: 'Qui finance ?', context: { headcount: -1 } },
      { question: 'Qui finance ?', locale: 'de' },
    ],
  },
  {
    path: '/v1/simulate/membership',
    rawWronglyTyped: ['{"idcc":"1486","idcc":"IDCC douze"}'],
    wronglyTyped: [{ idcc: 'IDCC douze' }, { idcc: ['1486'] }],
  },
  {
    path: '/v1/simulate/funding',
    rawWronglyTyped: ['{"scheme":"plan_developpement_competences","hours":1e400}'],
    wronglyTyped: [
      { scheme: 'formation_magique' },
      { scheme: 'plan_developpement_competences', hours: 0 },
      { scheme: 'plan_developpement_competences', costExclTax: -1 },
      { scheme: 'plan_developpement_competences', trainees: 'NaN' },
    ],
  },
  {
    path: '/v1/simulate/dossier',
    rawWronglyTyped: ['{"stage":"before","stage":"pendant"}'],
    wronglyTyped: [{ stage: 'pendant' }, { stage: 'before', documents: 'devis' }],
  },
  {
    path: '/v1/simulate/apprenticeship',
    rawWronglyTyped: ['{"certificationLevel":1e400}'],
    wronglyTyped: [{ certificationLevel: 12 }, { certificationLevel: 5, distanceLearningShare: 2 }],
  },
  {
    path: '/v1/feedback',
    rawWronglyTyped: ['{"messageId":"m1","rating":"up","rating":"bof"}'],
    wronglyTyped: [{ messageId: 'm1', rating: 'bof' }, { messageId: 42, rating: 'up' }, { rating: 'down' }],
  },
  {
    path: '/v1/helpdesk/draft',
    rawWronglyTyped: ['{"ticket":{"subject":"s","body":"b"},"ticket":42}'],
    wronglyTyped: [
      { ticket: 'texte' },
      { ticket: { subject: 1, body: 2 } },
      { ticket: { subject: 's', body: 'b' }, tone: 'familier' },
    ],
  },
  {
    path: '/api/chat',
    rawWronglyTyped: [
      '{"messages":[{"id":"u1","role":"user","parts":[{"type":"text","text":"x"}]}],"messages":42}',
    ],
    wronglyTyped: [{ messages: 'bonjour' }, { messages: [{ role: 'user', parts: 'x' }] }],
  },
];

const NOT_OBJECTS = ['null', '[]', '"texte"', '42', 'true', '[{"question":"Qui finance ?"}]'];
const MALFORMED = [
  '{"question":',
  '{question: "x"}',
  "{'question':'x'}",
  '',
  ' ',
  '{"question":"x"}}',
  '\u0000',
  'NaN',
];

function nested(depth: number) {
  return `{"question":"Qui finance ?","context":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

describe.each(JSON_ROUTES)('input hardening on POST $path', ({ path, wronglyTyped, rawWronglyTyped }) => {
  const { app } = createTestApp();

  it('rejects a body over 64 KiB with 413', async () => {
    const body = JSON.stringify({ question: 'é'.repeat(MAX_BODY_BYTES) });
    await expectErrorShape(await app.request(path, { ...postJson(null), body }), 413, 'payload_too_large');
  });

  it('rejects a streamed body over 64 KiB (no Content-Length) with 413', async () => {
    const chunk = new TextEncoder().encode(`"${'a'.repeat(16 * 1024)}",`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new TextEncoder().encode('['));
        else if (sent < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectErrorShape(await app.request(request), 413, 'payload_too_large');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['xml', 'application/xml'],
    ['missing', undefined],
  ])('rejects a %s content type with 415', async (_name, contentType) => {
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
    const response = await app.request(path, {
      method: 'POST',
      headers,
      body: '{"question":"Qui finance ?"}',
    });
    await expectErrorShape(response, 415, 'unsupported_media_type');
  });

  it.each(MALFORMED)('rejects malformed JSON %j with 400', async (text) => {
    await expectErrorShape(await app.request(path, { ...postJson(null), body: text }), 400, 'invalid_json');
  });

  it('rejects deeply nested JSON with 400, even at the deepest nesting 64 KiB allows', async () => {
    await expectErrorShape(
      await app.request(path, { ...postJson(null), body: nested(50) }),
      400,
      'invalid_request',
    );
    await expectErrorShape(await app.request(path, { ...postJson(null), body: nested(30_000) }), 400);
  });

  it.each(NOT_OBJECTS)('rejects the non-object body %s with 400', async (text) => {
    await expectErrorShape(await app.request(path, { ...postJson(null), body: text }), 400);
  });

  it.each(wronglyTyped.map((body) => [JSON.stringify(body).slice(0, 60), body]))(
    'rejects the wrongly typed body %s with 400',
    async (_label, body) => {
      await expectErrorShape(await app.request(path, postJson(body)), 400);
    },
  );

  it.each(rawWronglyTyped)('rejects %s (overflowing number or duplicated key) with 400', async (text) => {
    await expectErrorShape(await app.request(path, { ...postJson(null), body: text }), 400);
  });

  it('ignores prototype-pollution keys and leaves Object.prototype untouched', async () => {
    const text =
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"question":42}';
    const response = await app.request(path, { ...postJson(null), body: text });
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) await expectErrorShape(response);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a GET on a POST route with a 404 or 405 in the shared shape', async () => {
    const response = await app.request(path);
    expect([404, 405]).toContain(response.status);
    await expectErrorShape(response);
  });
});

describe('input hardening on other routes', () => {
  const { app } = createTestApp();

  it.each([
    ['GET', '/nulle-part'],
    ['GET', '/v1/inconnu'],
    ['POST', '/v1/inconnu'],
    ['GET', '/api/inconnu'],
    ['GET', '/v1/search/../../etc/passwd'],
    ['GET', '/%2e%2e/%2e%2e/etc/passwd'],
    ['GET', '/%ff%fe'],
    ['DELETE', '/healthz'],
    ['PUT', '/v1/ask'],
  ])('answers %s %s with 404 or 405 in the shared shape', async (method, path) => {
    const response = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
    });
    expect([404, 405]).toContain(response.status);
    await expectErrorShape(response);
  });

  it.each([
    '/v1/search',
    '/v1/search?q=',
    `/v1/search?q=${'a'.repeat(501)}`,
    '/v1/search?q=opco&limit=0',
    '/v1/search?q=opco&limit=abc',
    '/v1/search?q=opco&limit=1e3',
    '/v1/search?q=a&q=b',
  ])('rejects the bad search %s with 400', async (path) => {
    await expectErrorShape(await app.request(path), 400, 'invalid_request');
  });

  it.each(['/v1/search?q=%00%ff', '/v1/search?q=%F0%9F%98%80', '/v1/search?q=__proto__'])(
    'answers the odd but valid search %s with 200 JSON',
    async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ hits: expect.any(Array) });
    },
  );

  it.each(['/slack/commands', '/slack/events', '/slack/interactions', '/teams/messages'])(
    'applies the 64 KiB limit to %s as well',
    async (path) => {
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `text=${'a'.repeat(MAX_BODY_BYTES)}`,
      });
      await expectErrorShape(response, 413, 'payload_too_large');
    },
  );
});

describe('unexpected errors (onError)', () => {
  /** The real knowledge, whose search index throws once when armed: a failing dependency, not a mocked route. */
  function createFlakyKnowledge(knowledge: Knowledge) {
    let armed = false;
    const flaky = new Proxy(knowledge, {
      get(target, property, receiver) {
        if (property === 'search' && armed) {
          armed = false;
          throw new TypeError('index corrompu pour jean.dupont@example.fr');
        }
        return Reflect.get(target, property, receiver);
      },
    });
    return { knowledge: flaky, arm: () => (armed = true) };
  }

  it('answers 500 internal_error with a request id, logs the same id without personal data, then serves the next request', async () => {
    const { logger, lines } = createRecordingLogger();
    const flaky = createFlakyKnowledge(getKnowledge());
    const { app: flakyApp } = createTestApp({ logger, knowledge: flaky.knowledge });

    flaky.arm();
    const response = await flakyApp.request('/v1/search?q=jean.dupont@example.fr');
    const text = await response.clone().text();
    const body = await expectErrorShape(response, 500, 'internal_error');
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(body.error.requestId);
    expect(text).not.toMatch(/jean\.dupont|corrompu/);

    const logged = lines.filter((line) => line.level === 'error');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      event: 'unhandled_error',
      fields: { requestId: body.error.requestId },
    });
    expect(JSON.stringify(logged)).not.toMatch(/jean\.dupont|corrompu/);

    const next = await flakyApp.request('/v1/search?q=opco');
    expect(next.status).toBe(200);
    expect((await next.json()).hits.length).toBeGreaterThan(0);
  });

  it('keeps a caller-supplied x-request-id so support can follow one request end to end', async () => {
    const { logger, lines } = createRecordingLogger();
    const flaky = createFlakyKnowledge(getKnowledge());
    const { app } = createTestApp({ logger, knowledge: flaky.knowledge });
    flaky.arm();
    const response = await app.request('/v1/search?q=opco', { headers: { 'x-request-id': 'ticket-4242' } });
    const body = await expectErrorShape(response, 500, 'internal_error');
    expect(body.error.requestId).toBe('ticket-4242');
    expect(lines.find((line) => line.level === 'error')?.fields.requestId).toBe('ticket-4242');
  });
});

describe('input hardening on the Slack and Teams endpoints', () => {
  const CHANNEL_REQUESTS: Array<[string, string, string]> = [
    ['/slack/commands', 'application/x-www-form-urlencoded', 'command=%2Fatlas&text=bonjour'],
    ['/slack/events', 'application/json', '{"type":"url_verification","challenge":"x"}'],
    ['/slack/interactions', 'application/x-www-form-urlencoded', 'payload=%7B%7D'],
    ['/teams/messages', 'application/json', '{"type":"message","text":"bonjour"}'],
    ['/teams/messages', 'text/plain', '\u0000garbage'],
  ];

  it.each(CHANNEL_REQUESTS)('refuses an unsigned POST %s (%s) with 401', async (path, contentType, body) => {
    const { app } = createTestApp({
      environment: {
        SLACK_SIGNING_SECRET: 'secret-de-test',
        SLACK_BOT_TOKEN: 'xoxb-test',
        MICROSOFT_APP_ID: 'app-id',
        MICROSOFT_APP_PASSWORD: 'mot-de-passe',
        MICROSOFT_APP_TENANT_ID: 'tenant',
      },
    });
    const headers = { 'content-type': contentType, authorization: 'Bearer abc.def.ghi' };
    await expectErrorShape(await app.request(path, { method: 'POST', headers, body }), 401);
  });

  it.each(CHANNEL_REQUESTS)(
    'answers POST %s (%s) with 503 not_configured when the channel is off',
    async (path, contentType, body) => {
      const { app } = createTestApp();
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      await expectErrorShape(response, 503, 'not_configured');
    },
  );
});
