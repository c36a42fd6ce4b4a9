/** @module A local fake of the Slack Web API and of response_url endpoints, on 127.0.0.1, for channel tests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import repliesFixture from '../../fixtures/slack/conversations-replies.json' with { type: 'json' };

export type RecordedSlackRequest = {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  /** The JSON body, or the form fields of a form-encoded body. */
  body: Record<string, unknown>;
};

export type ScriptedResponse = { status?: number; headers?: Record<string, string>; body?: unknown };

export type FakeSlackServer = {
  apiUrl: string;
  responseUrl(id: string): string;
  requests: RecordedSlackRequest[];
  /** Queues responses for a path (`/api/chat.postMessage`, `/response/<id>`), used before the defaults. */
  script(path: string, ...responses: ScriptedResponse[]): void;
  requestsTo(path: string): RecordedSlackRequest[];
  close(): Promise<void>;
};

export async function startFakeSlackServer(botToken: string): Promise<FakeSlackServer> {
  const requests: RecordedSlackRequest[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const defaults: Record<string, ScriptedResponse> = {
    '/api/chat.postMessage': { body: { ok: true, channel: 'C0LAN2Q65', ts: '1795770001.000100' } },
    '/api/conversations.replies': { body: repliesFixture },
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const isJson = (request.headers['content-type'] ?? '').startsWith('application/json');
      const body = isJson ? JSON.parse(raw || '{}') : Object.fromEntries(new URLSearchParams(raw));
      requests.push({ path, headers: request.headers, raw, body });

      let scripted = scripts.get(path)?.shift() ?? defaults[path];
      if (path.startsWith('/api/') && request.headers.authorization !== `Bearer ${botToken}`) {
        scripted = { body: { ok: false, error: 'not_authed' } };
      }
      if (!scripted)
        scripted = path.startsWith('/response/') ? { body: 'ok' } : { status: 404, body: 'not found' };
      const text = typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body ?? {});
      response.writeHead(scripted.status ?? 200, {
        'content-type': typeof scripted.body === 'string' ? 'text/plain' : 'application/json',
        ...scripted.headers,
      });
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${url}/api`,
    responseUrl: (id) => `${url}/response/${id}`,
    requests,
    script(path, ...responses) {
      scripts.set(path, [...(scripts.get(path) ?? []), ...responses]);
    },
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
