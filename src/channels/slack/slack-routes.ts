/** @module The Slack app's endpoints: signed slash commands, Events API and interactivity. */
import type { Context } from 'hono';
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import type { AppEnvironment } from '../../http/app-environment';
import { createRouter } from '../../http/create-router';
import { createBackgroundRunner, executionContextOf } from '../shared';
import { handleSlackCommand } from './handle-slack-command';
import { handleSlackEvent } from './handle-slack-event';
import { handleSlackInteraction } from './handle-slack-interaction';
import { createSlackClient } from './slack-client';
import type { SlackContext } from './slack-context';
import { verifySlackSignature } from './verify-slack-signature';

export function createSlackRoutes(dependencies: AppDependencies, engine: AnswerEngine) {
  const router = createRouter();
  const { signingSecret, botToken, apiUrl } = dependencies.config.slack;
  const { logger } = dependencies;
  const client =
    signingSecret && botToken
      ? createSlackClient({ apiUrl, botToken, fetch: dependencies.fetch, logger })
      : undefined;

  /** Checks configuration and signature, and gives the raw body and a context bound to this request. */
  async function openSignedRequest(c: Context<AppEnvironment>) {
    if (!client || !signingSecret) throw new AppError('not_configured');
    const rawBody = await c.req.text();
    const valid = await verifySlackSignature({
      signingSecret,
      timestamp: c.req.header('x-slack-request-timestamp'),
      signature: c.req.header('x-slack-signature'),
      rawBody,
      now: dependencies.now(),
    });
    if (!valid) {
      logger.warn('slack_signature_rejected', { path: c.req.path });
      throw new AppError('invalid_signature');
    }
    const context: SlackContext = {
      dependencies,
      engine,
      client,
      runInBackground: createBackgroundRunner(c, { ...dependencies, channel: 'slack' }),
      executionContext: executionContextOf(c),
    };
    return { rawBody, context };
  }

  router.post('/slack/commands', async (c) => {
    const { rawBody, context } = await openSignedRequest(c);
    return c.json(handleSlackCommand(context, rawBody), 200);
  });

  router.post('/slack/events', async (c) => {
    const { rawBody, context } = await openSignedRequest(c);
    let payload: unknown;
    try {
      payload = JSON.parse(rawBody);
    } catch {
      throw new AppError('invalid_json');
    }
    const reply = await handleSlackEvent(context, payload, c.req.header('x-slack-retry-num'));
    return reply ? c.json(reply, 200) : c.body(null, 200);
  });

  router.post('/slack/interactions', async (c) => {
    const { rawBody, context } = await openSignedRequest(c);
    await handleSlackInteraction(context, rawBody);
    return c.body(null, 200);
  });

  return router;
}
