import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/create-test-app';
import { collectRefs, type OpenApiDocument, operationsOf, resolvePointer } from './openapi-helpers';

async function openApiDocument(environment: Record<string, string> = {}): Promise<OpenApiDocument> {
  const { app } = createTestApp({ environment });
  const response = await app.request('/openapi.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return response.json();
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with a French title and the version of the knowledge', async () => {
    const document = await openApiDocument();
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toMatch(/Assistant OPCO Atlas/);
    expect(document.info.version).toEqual(expect.any(String));
    expect(document.info.description).toMatch(/français/);
  });

  it('documents the help-desk API: ask, search, simulations, feedback and ticket drafts', async () => {
    const paths = Object.keys((await openApiDocument()).paths);
    for (const required of ['/v1/ask', '/v1/search', '/v1/feedback', '/v1/helpdesk/draft']) {
      expect(paths).toContain(required);
    }
    expect(paths.filter((path) => path.startsWith('/v1/simulate/')).length).toBeGreaterThan(0);
  });

  it('resolves every $ref and gives each operation a summary and responses', async () => {
    const document = await openApiDocument();
    const references = collectRefs(document);
    for (const reference of references) {
      expect({ reference, resolved: resolvePointer(document, reference) !== undefined }).toEqual({
        reference,
        resolved: true,
      });
    }
    for (const { path, method, operation } of operationsOf(document)) {
      expect({ path, method, summary: typeof operation.summary }).toEqual({
        path,
        method,
        summary: 'string',
      });
      expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
    }
  });

  it('declares the bearer API key and requires it on /v1/* except feedback', async () => {
    const document = await openApiDocument();
    expect(document.components?.securitySchemes?.cleApi).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { path, operation } of operationsOf(document)) {
      if (!path.startsWith('/v1/') || path.startsWith('/v1/admin/')) continue;
      const secured = (operation.security ?? []).some((requirement) => 'cleApi' in requirement);
      expect({ path, secured }).toEqual({ path, secured: path !== '/v1/feedback' });
      if (secured) expect(operation.responses['401']).toBeDefined();
    }
  });

  it('lists the public URL as the server when PUBLIC_URL is set', async () => {
    const document = (await openApiDocument({
      PUBLIC_URL: 'https://atlas.example.org',
    })) as OpenApiDocument & {
      servers?: Array<{ url: string }>;
    };
    expect(document.servers).toEqual([{ url: 'https://atlas.example.org' }]);
  });
});

describe('examples and /api/chat in the OpenAPI document', () => {
  it('documents POST /api/chat as an event stream, with every stream part the widget reads', async () => {
    const document = await openApiDocument();
    const chat = (document.paths['/api/chat'] as Record<string, { description?: string; responses: object }>)
      .post!;
    expect(
      Object.keys((chat.responses as Record<string, { content?: object }>)['200']!.content ?? {}),
    ).toEqual(['text/event-stream']);
    for (const part of [
      'start',
      'text-delta',
      'data-citation',
      'data-simulation',
      'data-follow-ups',
      'data-handoff',
      'data-status',
      'data-reset',
      'finish',
    ]) {
      expect(chat.description).toContain(part);
    }
  });

  it('gives every simulator an example body that returns a real result, not needs_input', async () => {
    const { app } = createTestApp();
    const document = await openApiDocument();
    const outcomes: Record<string, unknown> = {};
    for (const { path, method, operation } of operationsOf(document)) {
      if (!path.startsWith('/v1/simulate/')) continue;
      const example = (operation as { requestBody?: { content: Record<string, { example?: unknown }> } })
        .requestBody?.content['application/json']?.example;
      expect({ path, example: typeof example }).toEqual({ path, example: 'object' });
      const response = await app.request(path, {
        method: method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(example),
      });
      expect(response.status).toBe(200);
      const result = (await response.json()) as { outcome: string; amount?: number | null };
      outcomes[path] = result.outcome;
      if (path === '/v1/simulate/funding') expect(result.amount).toBeGreaterThan(0);
    }
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(4);
    expect(Object.values(outcomes)).not.toContain('needs_input');
  });
});

describe('GET /docs', () => {
  it('serves an HTML reference whose script and styles come from the service itself', async () => {
    const { app } = createTestApp();
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets).toEqual(
      expect.arrayContaining(['/docs/assets/docs.js', '/docs/assets/docs.css', '/openapi.json']),
    );
    for (const asset of assets) expect(asset).toMatch(/^(?:\/|data:)/);
    expect(html).not.toMatch(/<script>(?!<\/script>)|<style>/);
  });

  it('sends a strict Content-Security-Policy: same-origin scripts only, no inline code', async () => {
    const { app } = createTestApp();
    const policy = (await app.request('/docs')).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves the script and the stylesheet with their types, without any external URL', async () => {
    const { app } = createTestApp();
    const script = await app.request('/docs/assets/docs.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/text\/javascript/);
    const code = await script.text();
    expect(code).toContain("fetch('/openapi.json')");
    expect(code).toContain('Essayer');
    expect(() => new Function(code)).not.toThrow();
    const style = await app.request('/docs/assets/docs.css');
    expect(style.headers.get('content-type')).toMatch(/text\/css/);
    for (const text of [code, await style.text()]) expect(text).not.toMatch(/https?:\/\//);
  });
});
