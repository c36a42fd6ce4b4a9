/** @module POST /teams/messages: the Bot Framework messaging endpoint, authenticated by the connector's JWT. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import { createRouter } from '../../http/create-router';
import { describeIssues } from '../../http/validation-error';
import { createBackgroundRunner, executionContextOf } from '../shared';
import { createBotConnectorClient } from './bot-connector-client';
import { handleTeamsActivity, type TeamsContext } from './handle-teams-activity';
import { teamsActivitySchema } from './teams-activity-schema';
import { createTeamsRequestVerifier } from './verify-teams-request';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createTeamsRoutes(dependencies: AppDependencies, engine: AnswerEngine) {
  const router = createRouter();
  const { appId, appPassword, tenantId, tokenUrl, openIdMetadataUrl, issuer } = dependencies.config.teams;
  const { logger } = dependencies;
  const configured = appId && appPassword ? { appId, appPassword } : undefined;
  const verify =
    configured &&
    createTeamsRequestVerifier({
      appId: configured.appId,
      openIdMetadataUrl,
      issuer,
      fetch: dependencies.fetch,
      logger,
      now: dependencies.now,
    });
  const connector =
    configured &&
    createBotConnectorClient({
      ...configured,
      tenantId,
      tokenUrl,
      fetch: dependencies.fetch,
      logger,
      now: dependencies.now,
    });

  router.post('/teams/messages', async (c) => {
    if (!verify || !connector) throw new AppError('not_configured');
    const rawBody = await c.req.text();
    const body = parseJson(rawBody);
    await verify(c.req.header('authorization'), body);
    const parsed = teamsActivitySchema.safeParse(body);
    if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error.issues));

    const context: TeamsContext = {
      dependencies,
      engine,
      connector,
      runInBackground: createBackgroundRunner(c, { ...dependencies, channel: 'teams' }),
      executionContext: executionContextOf(c),
    };
    const invokeResponse = await handleTeamsActivity(context, parsed.data);
    return invokeResponse ? c.json(invokeResponse, 200) : c.body(null, 200);
  });

  return router;
}
