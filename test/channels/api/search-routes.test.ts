import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/create-test-app';

describe('GET /v1/search', () => {
  const { app } = createTestApp();

  it('returns ranked hits with id, title, excerpt, source and score', async () => {
    const response = await app.request('/v1/search?q=organisme%20qualiopie&limit=3');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.query).toBe('organisme qualiopie');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.length).toBeLessThanOrEqual(3);
    expect(body.hits[0]).toEqual({
      id: expect.stringMatching(/qualiopi/),
      title: expect.any(String),
      excerpt: expect.stringMatching(/Qualiopi/),
      source: { title: expect.any(String), url: expect.stringMatching(/^https:\/\//) },
      score: expect.any(Number),
    });
  });

  it('defaults to 5 hits', async () => {
    const body = await (await app.request('/v1/search?q=financement')).json();
    expect(body.hits).toHaveLength(5);
  });

  it.each([
    ['/v1/search', 'q'],
    ['/v1/search?q=', 'q'],
    ['/v1/search?q=%20%20', 'q'],
    [`/v1/search?q=${'a'.repeat(501)}`, 'q'],
    ['/v1/search?q=opco&limit=0', 'limit'],
    ['/v1/search?q=opco&limit=21', 'limit'],
    ['/v1/search?q=opco&limit=abc', 'limit'],
  ])('rejects %s with a French 400 naming the field', async (path, field) => {
    const response = await app.request(path);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain(`« ${field} »`);
  });
});
