import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readWithAiSdk } from './read-with-ai-sdk';

const worker = exports.default;

describe('web channel in workerd', () => {
  it('serves the widget script and the demo page', async () => {
    const script = await worker.fetch(new Request('http://worker.test/widget.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await script.text()).toContain('AtlasAssistant');
    const page = await worker.fetch(new Request('http://worker.test/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('http://worker.test/widget.js');
  });

  it('streams an answer over /api/chat, even before the D1 migrations are applied (logging fails softly)', async () => {
    const response = await worker.fetch(
      new Request('http://worker.test/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.77' },
        body: JSON.stringify({
          messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Qu’est-ce qu’un OPCO ?' }] }],
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const message = await readWithAiSdk(response);
    expect(message.parts.find((part) => part.type === 'text')).toMatchObject({
      text: expect.stringMatching(/OPCO/),
    });
    expect(message.parts.some((part) => part.type === 'data-citation')).toBe(true);
  });
});
