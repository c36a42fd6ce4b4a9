import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/create-test-app';

describe('createApp', () => {
  it('reports health with the knowledge counts and the offline mode', async () => {
    const { app } = createTestApp();
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: 'ok',
      mode: 'offline',
      knowledge: { sections: expect.any(Number) },
    });
    expect(Number.isNaN(Date.parse(body.knowledge.builtAt))).toBe(false);
  });

  it('answers unknown routes with a French 404 in the shared error shape', async () => {
    const { app } = createTestApp();
    const response = await app.request('/nulle-part');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: expect.stringMatching(/n’existe pas/) },
    });
  });
});
