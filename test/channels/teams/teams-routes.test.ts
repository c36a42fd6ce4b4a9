import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, issueMessageId } from '../../../src/storage';
import conversationUpdate from '../../fixtures/teams/conversation-update.json' with { type: 'json' };
import invokeFeedback from '../../fixtures/teams/invoke-feedback-action.json' with { type: 'json' };
import channelMention from '../../fixtures/teams/message-channel-mention.json' with { type: 'json' };
import feedbackSubmit from '../../fixtures/teams/message-feedback-submit.json' with { type: 'json' };
import personalMessage from '../../fixtures/teams/message-personal.json' with { type: 'json' };
import { createTestApp } from '../../helpers/create-test-app';
import { createRecordingLogger } from '../slack/recording-logger';
import {
  type FakeBotFramework,
  SIGNING_KID,
  startFakeBotFramework,
  TEST_APP_PASSWORD,
} from './fake-bot-framework';

const NOW = new Date('2026-11-27T09:00:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;

let bot: FakeBotFramework;

beforeEach(async () => {
  bot = await startFakeBotFramework(NOW);
});

afterEach(async () => {
  await bot.close();
});

function createTeamsApp() {
  const storage = createMemoryStorage();
  const logger = createRecordingLogger();
  const { app, dependencies } = createTestApp({ environment: bot.environment, storage, logger });
  return { app, storage, logger, settled: () => dependencies.backgroundTasks.settled() };
}

/** The fixture, pointed at the fake connector. */
const activityFrom = <T extends { serviceUrl: string }>(fixture: T): T => ({
  ...fixture,
  serviceUrl: bot.serviceUrl,
});

const postActivity = (app: ReturnType<typeof createTeamsApp>['app'], activity: unknown, token?: string) =>
  app.request('/teams/messages', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(activity),
  });

describe('POST /teams/messages — authentication', () => {
  it('answers 503 not_configured without MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD', async () => {
    const { app } = createTestApp();
    const response = await postActivity(app, activityFrom(personalMessage), 'x.y.z');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'not_configured' } });
  });

  it('accepts a token signed by the connector’s published key', async () => {
    const { app } = createTeamsApp();
    const response = await postActivity(app, activityFrom(conversationUpdate), await bot.signToken());
    expect(response.status).toBe(200);
  });

  it('rejects missing, unsigned, tampered, expired and foreign tokens with a 401', async () => {
    const { app, settled, logger } = createTeamsApp();
    const valid = await bot.signToken();
    const [header, , signature] = valid.split('.');
    const tamperedPayload = Buffer.from(
      JSON.stringify({
        serviceUrl: bot.serviceUrl,
        iss: 'https://api.botframework.com',
        aud: 'another-bot',
        exp: NOW_SECONDS + 3600,
      }),
    ).toString('base64url');
    const stranger = await generateKeyPair('RS256');
    const claims = {
      serviceUrl: bot.serviceUrl,
      iss: 'https://api.botframework.com',
      aud: bot.environment.MICROSOFT_APP_ID,
      exp: NOW_SECONDS + 3600,
    };
    const cases: Array<[string, string | undefined, string]> = [
      ['missing', undefined, 'missing_token'],
      ['not a JWT', 'not-a-token', 'missing_token'],
      ['alg none', new UnsecuredJWT(claims).encode(), 'ERR_JOSE_ALG_NOT_ALLOWED'],
      ['tampered', `${header}.${tamperedPayload}.${signature}`, 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
      ['signature removed', `${header}.${valid.split('.')[1]}.`, 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
      [
        'expired',
        await bot.signToken({ iat: NOW_SECONDS - 7200, nbf: NOW_SECONDS - 7200, exp: NOW_SECONDS - 6 * 60 }),
        'ERR_JWT_EXPIRED',
      ],
      ['not yet valid', await bot.signToken({ nbf: NOW_SECONDS + 3600 }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      ['wrong audience', await bot.signToken({ aud: 'another-bot-id' }), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      [
        'wrong issuer',
        await bot.signToken({ iss: 'https://sts.windows.net/attacker/' }),
        'ERR_JWT_CLAIM_VALIDATION_FAILED',
      ],
      [
        'unknown kid',
        await bot.signToken({}, { kid: 'unknown-key', privateKey: stranger.privateKey }),
        'ERR_JWKS_NO_MATCHING_KEY',
      ],
      [
        'known kid, other key',
        await bot.signToken({}, { privateKey: stranger.privateKey }),
        'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      ],
      [
        'HS256',
        await new SignJWT(claims)
          .setProtectedHeader({ alg: 'HS256', kid: SIGNING_KID })
          .sign(new TextEncoder().encode(TEST_APP_PASSWORD.padEnd(32, 'x'))),
        'ERR_JOSE_ALG_NOT_ALLOWED',
      ],
      [
        'serviceUrl claim mismatch',
        await bot.signToken({ serviceUrl: 'https://attacker.example/' }),
        'service_url_mismatch',
      ],
      ['serviceUrl claim missing', await bot.signToken({ serviceUrl: undefined }), 'service_url_mismatch'],
    ];
    for (const [name, token, reason] of cases) {
      const response = await postActivity(app, activityFrom(personalMessage), token);
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
      expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
      expect({ name, logged: logger.entries.at(-1)?.fields.reason }).toEqual({ name, logged: reason });
    }
    await settled();
    expect(bot.connectorRequests).toHaveLength(0);
    expect(bot.counts.token).toBe(0);
  });

  it('accepts a token expired by less than the five-minute clock tolerance', async () => {
    const { app } = createTeamsApp();
    const token = await bot.signToken({ iat: NOW_SECONDS - 3600, exp: NOW_SECONDS - 120 });
    expect((await postActivity(app, activityFrom(conversationUpdate), token)).status).toBe(200);
  });

  it('rejects an activity whose serviceUrl differs from the token’s claim', async () => {
    const { app } = createTeamsApp();
    const token = await bot.signToken();
    const response = await postActivity(
      app,
      { ...personalMessage, serviceUrl: 'https://attacker.example/' },
      token,
    );
    expect(response.status).toBe(401);
  });

  it('rejects an activity from a channel the signing key does not endorse', async () => {
    const { app, logger } = createTeamsApp();
    const response = await postActivity(
      app,
      { ...activityFrom(personalMessage), channelId: 'webchat' },
      await bot.signToken(),
    );
    expect(response.status).toBe(401);
    expect(logger.entries.at(-1)?.fields.reason).toBe('channel_not_endorsed');
  });

  it.each([
    ['an empty channelId', { channelId: '' }],
    ['no channelId', { channelId: undefined }],
    ['a channelId that is not a string', { channelId: 42 }],
  ])('runs the endorsement check with %s too', async (_label, override) => {
    const { app, logger } = createTeamsApp();
    const response = await postActivity(
      app,
      { ...activityFrom(personalMessage), ...override },
      await bot.signToken(),
    );
    expect(response.status).toBe(401);
    expect(logger.entries.at(-1)?.fields.reason).toBe('channel_not_endorsed');
  });

  it('fetches the OpenID metadata and the keys once for many requests', async () => {
    const { app } = createTeamsApp();
    for (let index = 0; index < 3; index++) {
      expect((await postActivity(app, activityFrom(conversationUpdate), await bot.signToken())).status).toBe(
        200,
      );
    }
    expect(bot.counts).toMatchObject({ metadata: 1, keys: 1 });
  });

  it('rejects a well-signed but malformed activity with a French 400', async () => {
    const { app } = createTeamsApp();
    const response = await postActivity(
      app,
      { type: 'message', serviceUrl: bot.serviceUrl, channelId: 'msteams', text: 'Bonjour' },
      await bot.signToken(),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_request', message: /from|conversation/ },
    });
  });
});

describe('POST /teams/messages — replies', () => {
  it('acknowledges, then replies in the conversation with a client-credentials token', async () => {
    const { app, settled } = createTeamsApp();
    const activity = activityFrom(channelMention);
    const response = await postActivity(app, activity, await bot.signToken());
    expect(response.status).toBe(200);
    await settled();

    expect(bot.tokenRequests).toEqual([
      {
        grant_type: 'client_credentials',
        client_id: bot.environment.MICROSOFT_APP_ID,
        client_secret: TEST_APP_PASSWORD,
        scope: 'https://api.botframework.com/.default',
      },
    ]);
    expect(bot.connectorRequests).toHaveLength(1);
    const [reply] = bot.connectorRequests;
    expect(reply?.path).toBe(
      `/emea/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${activity.id}`,
    );
    expect(reply?.authorization).toBe('Bearer connector-token-1');
    expect(reply?.body).toMatchObject({
      type: 'message',
      replyToId: activity.id,
      from: activity.recipient,
      recipient: activity.from,
      conversation: activity.conversation,
    });
  });

  it('replies with an Adaptive Card 1.5 holding the answer, its sources and feedback actions', async () => {
    const { app, settled } = createTeamsApp();
    await postActivity(app, activityFrom(personalMessage), await bot.signToken());
    await settled();
    const attachment = (
      bot.connectorRequests[0]?.body.attachments as Array<Record<string, unknown>> | undefined
    )?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment?.content as {
      version: string;
      body: Array<{ type: string; text?: string }>;
      actions: unknown[];
    };
    expect(card.version).toBe('1.5');
    const texts = card.body
      .filter((element) => element.type === 'TextBlock')
      .map((element) => element.text ?? '');
    expect(texts.join(' ')).toMatch(/\b(le|la|les|des|du|vous|votre|est|pour)\b/i);
    expect(texts.join(' ')).toMatch(/\[[^\]]+\]\(https?:\/\/[^)]+\)/);
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Submit',
        data: expect.objectContaining({ action: 'feedback', rating: 'up' }),
      }),
      expect.objectContaining({
        type: 'Action.Submit',
        data: expect.objectContaining({ action: 'feedback', rating: 'down' }),
      }),
    ]);
  });

  it('reuses the connector token until it expires', async () => {
    const { app, settled } = createTeamsApp();
    await postActivity(app, activityFrom(personalMessage), await bot.signToken());
    await postActivity(app, { ...activityFrom(personalMessage), id: '1795769999001' }, await bot.signToken());
    await settled();
    expect(bot.counts.token).toBe(1);
    expect(bot.connectorRequests.map((request) => request.authorization)).toEqual([
      'Bearer connector-token-1',
      'Bearer connector-token-1',
    ]);
  });

  it('fetches a new token once when the connector refuses the cached one', async () => {
    const { app, settled } = createTeamsApp();
    bot.scriptConnector({
      status: 401,
      body: { message: 'Authorization has been denied for this request.' },
    });
    await postActivity(app, activityFrom(personalMessage), await bot.signToken());
    await settled();
    expect(bot.counts.token).toBe(2);
    expect(bot.connectorRequests.map((request) => request.authorization)).toEqual([
      'Bearer connector-token-1',
      'Bearer connector-token-2',
    ]);
  });

  it('logs a connector outage without crashing and without secrets or message text', async () => {
    const { app, settled, logger } = createTeamsApp();
    bot.scriptConnector({ status: 502, body: { message: 'Bad gateway' } });
    expect((await postActivity(app, activityFrom(personalMessage), await bot.signToken())).status).toBe(200);
    await settled();
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', event: 'teams_reply_failed', fields: { status: 502 } }),
    );
    const logged = logger.text();
    for (const secret of [TEST_APP_PASSWORD, 'connector-token-1', 'pièces envoyer'])
      expect(logged).not.toContain(secret);
  });

  it('does nothing for conversation updates', async () => {
    const { app, settled } = createTeamsApp();
    await postActivity(app, activityFrom(conversationUpdate), await bot.signToken());
    await settled();
    expect(bot.connectorRequests).toHaveLength(0);
  });
});

describe('POST /teams/messages — feedback', () => {
  // The cards carry the id of an answer this server issued (the app's own per-process key in tests).
  const issued = issueMessageId(undefined);
  const submitOf = (messageId: string) => ({
    ...activityFrom(feedbackSubmit),
    value: { ...feedbackSubmit.value, messageId },
  });

  it('stores the feedback of an Action.Submit and thanks the user', async () => {
    const { app, storage, settled } = createTeamsApp();
    const response = await postActivity(app, submitOf(issued), await bot.signToken());
    expect(response.status).toBe(200);
    expect(storage.feedback).toEqual([
      {
        messageId: issued,
        createdAt: '2026-11-27T09:00:00.000Z',
        channel: 'teams',
        rating: 'down',
        reason: null,
        comment: null,
      },
    ]);
    await settled();
    expect(bot.connectorRequests).toHaveLength(1);
    expect(bot.connectorRequests[0]?.body).toMatchObject({
      type: 'message',
      text: expect.stringMatching(/Merci/),
    });
  });

  it('stores the feedback of an adaptiveCard/action invoke and answers it synchronously', async () => {
    const { app, storage, settled } = createTeamsApp();
    const invoke = {
      ...activityFrom(invokeFeedback),
      value: {
        ...invokeFeedback.value,
        action: {
          ...invokeFeedback.value.action,
          data: { ...invokeFeedback.value.action.data, messageId: issued },
        },
      },
    };
    const response = await postActivity(app, invoke, await bot.signToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringMatching(/Merci/),
    });
    expect(storage.feedback.map((entry) => [entry.channel, entry.rating, entry.messageId])).toEqual([
      ['teams', 'up', issued],
    ]);
    await settled();
    expect(bot.connectorRequests).toHaveLength(0);
  });

  it('thanks but does not count a vote for a message id this server never issued', async () => {
    const { app, storage } = createTeamsApp();
    for (const messageId of [feedbackSubmit.value.messageId, 'a1b2c3d4-0000-4000-8000-000000000000']) {
      expect((await postActivity(app, submitOf(messageId), await bot.signToken())).status).toBe(200);
    }
    expect(storage.feedback).toEqual([]);
  });
});
