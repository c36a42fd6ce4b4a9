import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp } from '../../helpers/create-test-app';
import { exampleOf, inlineRefs, type OpenApiDocument, operationsOf } from './openapi-helpers';

const API_KEY = 'contract-test-key';
const ADMIN_TOKEN = 'contract-admin-token';

async function loadDocument() {
  const { app } = createTestApp({ environment: { API_KEYS: API_KEY, ADMIN_TOKEN } });
  const document: OpenApiDocument = await (await app.request('/openapi.json')).json();
  return { app, document };
}

function requestFor(
  document: OpenApiDocument,
  path: string,
  method: string,
  operation: OpenApiDocument['paths'][string][string],
) {
  let url = path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters ?? []) {
    const value = exampleOf(inlineRefs(parameter.schema, document));
    if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    if (parameter.in === 'query' && (parameter.required || value !== null))
      query.set(parameter.name, String(value));
  }
  if (query.size > 0) url += `?${query}`;
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const token = path.startsWith('/v1/admin/') ? ADMIN_TOKEN : API_KEY;
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (bodySchema) headers['content-type'] = 'application/json';
  return {
    url,
    init: {
      method: method.toUpperCase(),
      headers,
      body: bodySchema ? JSON.stringify(exampleOf(inlineRefs(bodySchema, document))) : undefined,
    },
  };
}

describe('the OpenAPI document matches the real responses', () => {
  it('validates a body against a documented schema, and rejects one that breaks it', async () => {
    const { document } = await loadDocument();
    const schema = document.paths['/v1/search']?.get?.responses['200']?.content?.['application/json']?.schema;
    const validator = z.fromJSONSchema(inlineRefs(schema, document) as never);
    expect(validator.safeParse({ query: 'x', hits: [] }).success).toBe(true);
    expect(validator.safeParse({ query: 'x', hits: [{ id: 1 }] }).success).toBe(false);
  });

  it('answers every documented operation’s example with a documented 2xx response of the documented shape', async () => {
    const { app, document } = await loadDocument();
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(0);
    const problems: Array<{ label: string; problem: unknown }> = [];
    for (const { path, method, operation } of operations) {
      const { url, init } = requestFor(document, path, method, operation);
      const response = await app.request(url, init);
      const status = String(response.status);
      const label = `${method.toUpperCase()} ${url}`;
      if (!/^2\d\d$/.test(status) || !(status in operation.responses)) {
        problems.push({ label, problem: `HTTP ${status}: ${(await response.text()).slice(0, 200)}` });
        continue;
      }
      const schema = operation.responses[status]?.content?.['application/json']?.schema;
      if (!schema) continue;
      const result = z.fromJSONSchema(inlineRefs(schema, document) as never).safeParse(await response.json());
      if (!result.success) problems.push({ label, problem: result.error.issues });
    }
    expect(problems).toEqual([]);
  });
});
