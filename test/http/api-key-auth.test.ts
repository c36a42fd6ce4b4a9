import { describe, expect, it } from 'vitest';
import { createTestApp, postJson } from '../helpers/create-test-app';

const SEARCH = '/v1/search?q=qualiopi';

describe('apiKeyAuth', () => {
  it('leaves /v1/* open when API_KEYS is not set', async () => {
    const { app } = createTestApp();
    expect((await app.request(SEARCH)).status).toBe(200);
  });

  it('answers 401 unauthorized in JSON without a key, with a wrong key or another scheme', async () => {
    const { app } = createTestApp({ environment: { API_KEYS: 'key-one, key-two' } });
    for (const authorization of [
      undefined,
      'Bearer wrong-key',
      'Bearer key-one-and-more',
      'Basic a2V5LW9uZQ==',
      'key-one',
      'Bearer ',
    ]) {
      const response = await app.request(SEARCH, { headers: authorization ? { authorization } : {} });
      expect({ authorization, status: response.status }).toEqual({ authorization, status: 401 });
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({
        error: { code: 'unauthorized', message: expect.stringContaining('Authorization: Bearer') },
      });
    }
  });

  it('accepts any configured key, whatever the case of « Bearer »', async () => {
    const { app } = createTestApp({ environment: { API_KEYS: 'key-one,key-two' } });
    for (const authorization of ['Bearer key-one', 'Bearer key-two', 'bearer key-two']) {
      expect((await app.request(SEARCH, { headers: { authorization } })).status).toBe(200);
    }
  });

  it('keeps /v1/feedback open, and leaves other routes alone', async () => {
    const { app } = createTestApp({ environment: { API_KEYS: 'key-one' } });
    const feedback = await app.request('/v1/feedback', postJson({ messageId: 'msg-1', rating: 'up' }));
    expect(feedback.status).not.toBe(401);
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/openapi.json')).status).toBe(200);
  });

  it('checks the key before reading the body', async () => {
    const { app } = createTestApp({ environment: { API_KEYS: 'key-one' } });
    const response = await app.request('/v1/helpdesk/draft', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(response.status).toBe(401);
  });
});
