import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/create-test-app';
import { createRecordingLogger } from '../http/recording-logger';

const SIGNING_SECRET = 'secret-de-signature-slack';
// createTestApp's clock: 2026-11-27T09:00:00Z, inside Slack's 5-minute replay window.
const TIMESTAMP = String(Date.parse('2026-11-27T09:00:00Z') / 1000);
const QUESTION = 'Quels documents faut-il pour une demande de prise en charge ?';

type FakeSlack = { url: string; calls: string[]; close(): Promise<void> };

/** A Slack Web API and response_url host that is down: every call gets a 500. */
async function startSlackThatIsDown(): Promise<FakeSlack> {
  const calls: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    calls.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<html><body>500 Internal Server Error</body></html>');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function signedRequest(body: string, contentType: string): RequestInit {
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${TIMESTAMP}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': TIMESTAMP,
      'x-slack-signature': signature,
    },
    body,
  };
}

let slack: FakeSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

async function createSlackApp() {
  slack = await startSlackThatIsDown();
  const { logger, lines } = createRecordingLogger();
  const { app, dependencies } = createTestApp({
    environment: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: `${slack.url}/api`,
    },
    logger,
  });
  return { app, dependencies, lines, slack };
}

describe('Slack API down', () => {
  it('acknowledges a slash command, logs the failed response_url post, and keeps serving', async () => {
    const { app, dependencies, lines, slack } = await createSlackApp();
    const form = new URLSearchParams({
      command: '/atlas',
      text: QUESTION,
      response_url: `${slack.url}/commands/T1/12345/abc`,
      user_id: 'U123',
      channel_id: 'C123',
    }).toString();
    const response = await app.request(
      '/slack/commands',
      signedRequest(form, 'application/x-www-form-urlencoded'),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response_type: 'ephemeral' });

    await dependencies.backgroundTasks.settled();
    expect(slack.calls).toContain('POST /commands/T1/12345/abc');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', event: 'slack_response_url_failed' }),
    );
    expect(lines.map((line) => line.event)).not.toContain('slack_answer_failed');
    expect(JSON.stringify(lines)).not.toContain('xoxb-test-token');
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('acknowledges an app mention, logs the failed chat.postMessage, and keeps serving', async () => {
    const { app, dependencies, lines, slack } = await createSlackApp();
    const event = JSON.stringify({
      type: 'event_callback',
      event_id: 'Ev0000000001',
      api_app_id: 'A123',
      authorizations: [{ user_id: 'UBOT' }],
      event: {
        type: 'app_mention',
        user: 'U123',
        text: `<@UBOT> ${QUESTION}`,
        ts: '1795770000.000100',
        channel: 'C123',
      },
    });
    const response = await app.request('/slack/events', signedRequest(event, 'application/json'));
    expect(response.status).toBe(200);

    await dependencies.backgroundTasks.settled();
    expect(slack.calls).toContain('POST /api/chat.postMessage');
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        event: 'slack_api_failed',
        fields: expect.objectContaining({ call: 'chat.postMessage' }),
      }),
    );
    expect(lines.map((line) => line.event)).not.toContain('slack_answer_failed');
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('acknowledges, and logs, when Slack cannot be reached at all', async () => {
    const { app, dependencies, lines, slack } = await createSlackApp();
    const unreachable = slack.url;
    await slack.close();
    const form = new URLSearchParams({
      command: '/atlas',
      text: QUESTION,
      response_url: `${unreachable}/commands/T1/12345/abc`,
    }).toString();
    const response = await app.request(
      '/slack/commands',
      signedRequest(form, 'application/x-www-form-urlencoded'),
    );
    expect(response.status).toBe(200);
    await dependencies.backgroundTasks.settled();
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', event: 'slack_unreachable' }));
  });
});
