/** @module createApp(dependencies): the one Hono app served by Node and by Workers. */

import type { LanguageModel } from 'ai';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { BackgroundTasks } from './background-tasks';
import { createApiRoutes } from './channels/api';
import { createDocsRoutes } from './channels/docs';
import { createSlackRoutes } from './channels/slack';
import { createTeamsRoutes } from './channels/teams';
import { createWebRoutes } from './channels/web';
import { createAnswerEngine } from './chat';
import type { Config } from './config';
import { errorBody } from './errors';
import { apiKeyAuth } from './http/api-key-auth';
import { corsPolicy } from './http/cors-policy';
import { createRouter } from './http/create-router';
import { createErrorHandler } from './http/error-responses';
import { jsonGuard } from './http/json-guard';
import { limitBody } from './http/limit-body';
import { rateLimit } from './http/rate-limit';
import type { Knowledge } from './knowledge';
import type { Logger } from './logger';
import type { Storage } from './storage/storage';

export const MAX_BODY_BYTES = 64 * 1024;

export type AppDependencies = {
  config: Config;
  knowledge: Knowledge;
  storage: Storage;
  /** Overrides the model built from config (tests inject MockLanguageModelV3). */
  languageModel?: LanguageModel | null;
  logger: Logger;
  backgroundTasks: BackgroundTasks;
  fetch: typeof fetch;
  now: () => Date;
};

export function createApp(dependencies: AppDependencies) {
  const app = createRouter();
  const engine = createAnswerEngine(dependencies);

  app.use('*', requestId({ limitLength: 64 }));
  app.use('*', corsPolicy(dependencies.config.allowedOrigins));
  // Headers a route sets itself (the page's CSP, the widget's cross-origin CORP) are kept: overwrite off.
  app.use('*', secureHeaders({ overwrite: false, crossOriginResourcePolicy: false }));
  app.use('*', rateLimit(dependencies));
  app.use('*', limitBody(MAX_BODY_BYTES));
  app.use('/v1/*', apiKeyAuth(dependencies.config.apiKeys));
  app.use('/v1/*', jsonGuard());
  app.use('/api/*', jsonGuard());

  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      version: dependencies.knowledge.version,
      mode: dependencies.config.llm || dependencies.languageModel ? 'llm' : 'offline',
      knowledge: { ...dependencies.knowledge.counts, builtAt: dependencies.knowledge.builtAt },
      ...(dependencies.storage.stats ? { storage: dependencies.storage.stats() } : {}),
    }),
  );

  app.route('/', createApiRoutes(dependencies, engine));
  app.route('/', createWebRoutes(dependencies, engine));
  app.route('/', createSlackRoutes(dependencies, engine));
  app.route('/', createTeamsRoutes(dependencies, engine));
  app.route('/', createDocsRoutes(dependencies, app));

  app.notFound((c) => c.json(errorBody('not_found'), 404));
  app.onError(createErrorHandler(dependencies.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
