import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, issueMessageId } from '../../../src/storage';
import { startFakeOpenAiServer } from '../../chat/llm/fake-openai-server';
import repliesFixture from '../../fixtures/slack/conversations-replies.json' with { type: 'json' };
import appMention from '../../fixtures/slack/event-app-mention.json' with { type: 'json' };
import directMessage from '../../fixtures/slack/event-direct-message.json' with { type: 'json' };
import ownBotMessage from '../../fixtures/slack/event-own-bot-message.json' with { type: 'json' };
import threadMention from '../../fixtures/slack/event-thread-mention.json' with { type: 'json' };
import urlVerification from '../../fixtures/slack/event-url-verification.json' with { type: 'json' };
import feedbackInteraction from '../../fixtures/slack/interaction-feedback.json' with { type: 'json' };
import slashCommand from '../../fixtures/slack/slash-command.json' with { type: 'json' };
import { createTestApp } from '../../helpers/create-test-app';
import { type FakeSlackServer, startFakeSlackServer } from './fake-slack-server';
import { createRecordingLogger } from './recording-logger';
import { signedSlackRequest, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, toForm } from './sign-slack-request';

const NOW_SECONDS = Date.parse('2026-11-27T09:00:00Z') / 1000;

let slack: FakeSlackServer;

beforeEach(async () => {
  slack = await startFakeSlackServer(TEST_BOT_TOKEN);
});

afterEach(async () => {
  await slack.close();
});

function createSlackApp() {
  const storage = createMemoryStorage();
  const logger = createRecordingLogger();
  const { app, dependencies } = createTestApp({
    environment: {
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_API_URL: slack.apiUrl,
    },
    storage,
    logger,
  });
  return { app, storage, logger, settled: () => dependencies.backgroundTasks.settled() };
}

const commandBody = (text = slashCommand.text) =>
  toForm({ ...slashCommand, text, response_url: slack.responseUrl('command-1') });

const postCommand = (app: ReturnType<typeof createSlackApp>['app'], body: string) =>
  app.request(
    '/slack/commands',
    signedSlackRequest(body, { contentType: 'application/x-www-form-urlencoded', timestamp: NOW_SECONDS }),
  );

const postEvent = (app: ReturnType<typeof createSlackApp>['app'], event: unknown, headers = {}) =>
  app.request(
    '/slack/events',
    signedSlackRequest(JSON.stringify(event), {
      contentType: 'application/json',
      timestamp: NOW_SECONDS,
      headers,
    }),
  );

type PostedBlocks = Array<{
  type: string;
  elements?: Array<Record<string, unknown>>;
  text?: { text: string };
}>;

/** Engine-independent check of a real answer: French text, a source link, feedback buttons. */
function expectAnswerMessage(body: Record<string, unknown>) {
  expect(typeof body.text).toBe('string');
  expect((body.text as string).length).toBeGreaterThan(20);
  expect(body.text).toMatch(/\b(le|la|les|des|du|vous|votre|est|pour)\b/i);
  const blocks = body.blocks as PostedBlocks;
  const context = blocks.find((block) => block.type === 'context');
  expect(JSON.stringify(context?.elements)).toMatch(/<https?:\/\/[^|>]+\|[^>]+>/);
  const actions = blocks.find((block) => block.type === 'actions');
  expect(actions?.elements?.map((element) => element.action_id)).toEqual(['feedback_up', 'feedback_down']);
  expect(actions?.elements?.[0]?.value).toEqual(expect.any(String));
}

describe('Slack routes', () => {
  it('answer 503 not_configured when Slack is not configured', async () => {
    const { app } = createTestApp();
    for (const path of ['/slack/commands', '/slack/events', '/slack/interactions']) {
      const response = await app.request(
        path,
        signedSlackRequest('a=b', {
          contentType: 'application/x-www-form-urlencoded',
          timestamp: NOW_SECONDS,
        }),
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: 'not_configured' } });
    }
  });

  it('reject unsigned, tampered, stale and foreign-signed requests with a 401', async () => {
    const { app, logger } = createSlackApp();
    const body = commandBody();
    const form = 'application/x-www-form-urlencoded' as const;
    const signed = signedSlackRequest(body, { contentType: form, timestamp: NOW_SECONDS });
    const attempts: RequestInit[] = [
      { method: 'POST', headers: { 'content-type': form }, body },
      { ...signed, body: body.replace('Comment', 'Combien') },
      signedSlackRequest(body, { contentType: form, timestamp: NOW_SECONDS - 301 }),
      signedSlackRequest(body, { contentType: form, timestamp: NOW_SECONDS + 301 }),
      signedSlackRequest(body, { contentType: form, timestamp: NOW_SECONDS, secret: 'not-our-secret' }),
    ];
    for (const path of ['/slack/commands', '/slack/events', '/slack/interactions']) {
      for (const init of attempts) {
        const response = await app.request(path, init);
        expect(response.status).toBe(401);
        expect(await response.json()).toMatchObject({ error: { code: 'invalid_signature' } });
      }
    }
    expect(slack.requests).toHaveLength(0);
    expect(logger.text()).not.toContain(TEST_SIGNING_SECRET);
  });
});

describe('POST /slack/commands', () => {
  it('acknowledges at once with an ephemeral « Je cherche… », then posts the answer to response_url', async () => {
    const { app, settled } = createSlackApp();
    const response = await postCommand(app, commandBody());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'Je cherche…' });

    await settled();
    const posted = slack.requestsTo('/response/command-1');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body.response_type).toBe('ephemeral');
    expectAnswerMessage(posted[0]?.body ?? {});
  });

  it('answers an empty /atlas with usage help and starts no work', async () => {
    const { app, settled } = createSlackApp();
    const response = await postCommand(app, commandBody('   '));
    expect(await response.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/question/),
    });
    await settled();
    expect(slack.requests).toHaveLength(0);
  });

  it('rejects a signed command without response_url with a French 400', async () => {
    const { app } = createSlackApp();
    const response = await postCommand(app, toForm({ command: '/atlas', text: 'Bonjour' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_request', message: /response_url/ },
    });
  });
});

describe('POST /slack/events', () => {
  it('echoes the url_verification challenge', async () => {
    const { app } = createSlackApp();
    const response = await postEvent(app, urlVerification);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: urlVerification.challenge });
  });

  it('answers an app mention in its thread with chat.postMessage', async () => {
    const { app, settled } = createSlackApp();
    const response = await postEvent(app, appMention);
    expect(response.status).toBe(200);
    await settled();
    const posts = slack.requestsTo('/api/chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.headers.authorization).toBe(`Bearer ${TEST_BOT_TOKEN}`);
    expect(posts[0]?.body).toMatchObject({
      channel: appMention.event.channel,
      thread_ts: appMention.event.ts,
    });
    expect(slack.requestsTo('/api/conversations.replies')).toHaveLength(0);
    expectAnswerMessage(posts[0]?.body ?? {});
  });

  it('reads the thread’s earlier messages before answering a mention inside a thread', async () => {
    const { app, settled } = createSlackApp();
    await postEvent(app, threadMention);
    await settled();
    const replies = slack.requestsTo('/api/conversations.replies');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toMatchObject({
      channel: threadMention.event.channel,
      ts: threadMention.event.thread_ts,
    });
    const posts = slack.requestsTo('/api/chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ thread_ts: threadMention.event.thread_ts });
  });

  it('gives the model only the asker’s messages and this bot’s replies from the thread', async () => {
    const model = await startFakeOpenAiServer(() => ({
      text: 'Oui, pour 25 salariés la règle reste la même.',
    }));
    try {
      const { app, dependencies } = createTestApp({
        environment: {
          SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
          SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
          SLACK_API_URL: slack.apiUrl,
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: model.baseUrl,
        },
      });
      const [asker, bot, other] = repliesFixture.messages;
      slack.script('/api/conversations.replies', {
        body: {
          ...repliesFixture,
          messages: [
            asker,
            { ...other, user: 'U0OTHER01', text: 'Mon collègue Bernard Martin gagne 3 200 € par mois.' },
            bot,
            {
              type: 'message',
              bot_id: 'B0OTHER',
              user: 'U0BOT0002',
              text: 'Rappel : réunion CSE jeudi.',
              ts: '1795770200.000100',
            },
            other,
          ],
        },
      });
      await postEvent(app, threadMention);
      await dependencies.backgroundTasks.settled();
      expect(model.requests.length).toBeGreaterThan(0);
      const sent = JSON.stringify(model.requests);
      expect(sent).not.toContain('Bernard');
      expect(sent).not.toContain('réunion CSE');
      expect(sent).toContain('IDCC 1486, relève-t-elle');
      expect(sent).toContain('IDCC 1486 (Syntec) relève');
    } finally {
      await model.close();
    }
  });

  it('answers a direct message in its thread', async () => {
    const { app, settled } = createSlackApp();
    await postEvent(app, directMessage);
    await settled();
    const posts = slack.requestsTo('/api/chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({
      channel: directMessage.event.channel,
      thread_ts: directMessage.event.ts,
    });
  });

  it('answers once when Slack retries the same event (X-Slack-Retry-Num)', async () => {
    const { app, settled } = createSlackApp();
    const first = await postEvent(app, appMention);
    const retry = await postEvent(app, appMention, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    const secondRetry = await postEvent(app, appMention, { 'x-slack-retry-num': '2' });
    expect([first.status, retry.status, secondRetry.status]).toEqual([200, 200, 200]);
    await settled();
    expect(slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);
  });

  it('answers once a direct-message mention delivered both as app_mention and as message.im', async () => {
    const { app, settled } = createSlackApp();
    const asMention = {
      ...directMessage,
      event_id: 'Ev0MENTION1',
      event: {
        ...directMessage.event,
        type: 'app_mention',
        text: `<@U0LAN0Z89> ${directMessage.event.text}`,
      },
    };
    await postEvent(app, asMention);
    await postEvent(app, { ...directMessage, event: { ...directMessage.event, text: asMention.event.text } });
    await settled();
    expect(slack.requestsTo('/api/chat.postMessage')).toHaveLength(1);
  });

  it('ignores bot messages, its own included, and messages outside direct messages', async () => {
    const { app, settled } = createSlackApp();
    const channelMessage = {
      ...directMessage,
      event_id: 'Ev0CHANNEL1',
      event: { ...directMessage.event, channel: 'C0LAN2Q65', channel_type: 'channel' },
    };
    const ownMessageWithoutSubtype = {
      ...ownBotMessage,
      event_id: 'Ev0OWNUSER1',
      event: { ...directMessage.event, user: 'U0LAN0Z89' },
    };
    for (const event of [ownBotMessage, channelMessage, ownMessageWithoutSubtype]) {
      expect((await postEvent(app, event)).status).toBe(200);
    }
    await settled();
    expect(slack.requests).toHaveLength(0);
  });

  it('retries a rate-limited chat.postMessage after its Retry-After', async () => {
    const { app, settled, logger } = createSlackApp();
    slack.script('/api/chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await postEvent(app, appMention);
    await settled();
    expect(slack.requestsTo('/api/chat.postMessage')).toHaveLength(2);
    expect(logger.entries.map((entry) => entry.event)).toContain('slack_rate_limited_retrying');
    expect(
      logger.entries.filter((entry) => entry.level === 'error').map((entry) => entry.event),
    ).not.toContain('slack_api_error');
  });

  it('logs ok:false on HTTP 200 and a Slack outage without crashing or leaking secrets and text', async () => {
    const { app, settled, logger } = createSlackApp();
    slack.script('/api/chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    slack.script('/api/chat.postMessage', { status: 500, body: 'Internal Server Error' });
    expect((await postEvent(app, appMention)).status).toBe(200);
    expect((await postEvent(app, { ...directMessage })).status).toBe(200);
    await settled();
    expect(slack.requestsTo('/api/chat.postMessage')).toHaveLength(2);
    const errors = logger.entries.filter((entry) => entry.level === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({
        event: 'slack_api_error',
        fields: expect.objectContaining({ error: 'channel_not_found' }),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        event: 'slack_api_failed',
        fields: expect.objectContaining({ status: 500 }),
      }),
    );
    const logged = logger.text();
    for (const secret of [TEST_BOT_TOKEN, TEST_SIGNING_SECRET, 'pièces fournir', 'plan de développement']) {
      expect(logged).not.toContain(secret);
    }
  });

  it('gives up after three rate-limited tries', async () => {
    const { app, settled, logger } = createSlackApp();
    const limited = {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { ok: false, error: 'ratelimited' },
    };
    slack.script('/api/chat.postMessage', limited, limited, limited);
    await postEvent(app, appMention);
    await settled();
    expect(slack.requestsTo('/api/chat.postMessage')).toHaveLength(3);
    expect(logger.entries.map((entry) => entry.event)).toContain('slack_rate_limited');
  });
});

describe('POST /slack/interactions', () => {
  const interactionBody = (payload: unknown) => toForm({ payload: JSON.stringify(payload) });
  const postInteraction = (app: ReturnType<typeof createSlackApp>['app'], body: string) =>
    app.request(
      '/slack/interactions',
      signedSlackRequest(body, { contentType: 'application/x-www-form-urlencoded', timestamp: NOW_SECONDS }),
    );

  // The buttons carry the id of an answer this server issued (the app's own per-process key in tests).
  const issued = issueMessageId(undefined);
  const withIssuedId = (overrides: Record<string, unknown> = {}) => ({
    ...feedbackInteraction,
    actions: [{ ...feedbackInteraction.actions[0], value: issued, ...overrides }],
  });

  it('stores the feedback of a button and thanks the user privately', async () => {
    const { app, storage, settled } = createSlackApp();
    const payload = { ...withIssuedId(), response_url: slack.responseUrl('action-1') };
    const response = await postInteraction(app, interactionBody(payload));
    expect(response.status).toBe(200);
    expect(storage.feedback).toEqual([
      {
        messageId: issued,
        createdAt: '2026-11-27T09:00:00.000Z',
        channel: 'slack',
        rating: 'up',
        reason: null,
        comment: null,
      },
    ]);
    await settled();
    const thanks = slack.requestsTo('/response/action-1');
    expect(thanks).toHaveLength(1);
    expect(thanks[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: /Merci/,
    });
  });

  it('stores a 👎 as a down rating', async () => {
    const { app, storage } = createSlackApp();
    const payload = {
      ...withIssuedId({ action_id: 'feedback_down' }),
      response_url: slack.responseUrl('action-2'),
    };
    await postInteraction(app, interactionBody(payload));
    expect(storage.feedback.map((entry) => entry.rating)).toEqual(['down']);
  });

  it('ignores a vote for a message id this server never issued', async () => {
    const { app, storage } = createSlackApp();
    for (const value of [feedbackInteraction.actions[0]?.value, 'a1b2c3d4-0000-4000-8000-000000000000']) {
      const payload = { ...withIssuedId({ value }), response_url: slack.responseUrl('action-3') };
      expect((await postInteraction(app, interactionBody(payload))).status).toBe(200);
    }
    expect(storage.feedback).toEqual([]);
  });

  it('acknowledges other interaction types without storing anything', async () => {
    const { app, storage } = createSlackApp();
    const response = await postInteraction(app, interactionBody({ type: 'view_closed', user: { id: 'U1' } }));
    expect(response.status).toBe(200);
    expect(storage.feedback).toHaveLength(0);
  });

  it('rejects a signed interaction without a JSON payload with a French 400', async () => {
    const { app } = createSlackApp();
    for (const body of [toForm({ other: 'x' }), toForm({ payload: '{not json' })]) {
      const response = await postInteraction(app, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { message: /payload/ } });
    }
  });
});
