/** @module Workers entry: builds the app once per isolate from the bindings, serves every request, purges on cron. */
import type { ExecutionContext } from 'hono';
import { type AppDependencies, createApp } from './app';
import { createBackgroundTasks } from './background-tasks';
import { readConfig } from './config';
import { getKnowledge } from './knowledge';
import { createConsoleLogger } from './logger';
import { createD1Storage, createMemoryStorage, isD1Binding, purgeOldRecords } from './storage';

let dependencies: AppDependencies | undefined;
let app: ReturnType<typeof createApp> | undefined;

function dependenciesFor(environment: Record<string, unknown>): AppDependencies {
  dependencies ??= {
    config: readConfig(environment),
    knowledge: getKnowledge(),
    storage: isD1Binding(environment.DB) ? createD1Storage(environment.DB) : createMemoryStorage(),
    logger: createConsoleLogger(),
    backgroundTasks: createBackgroundTasks(),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => new Date(),
  };
  return dependencies;
}

export default {
  fetch(request: Request, environment: Record<string, unknown>, executionContext: ExecutionContext) {
    app ??= createApp(dependenciesFor(environment));
    return app.fetch(request, environment, executionContext);
  },
  /** The Cron Trigger in wrangler.toml: RETENTION_DAYS purge of questions and feedback in D1. */
  scheduled(_controller: unknown, environment: Record<string, unknown>, executionContext: ExecutionContext) {
    const { storage, logger, now, config } = dependenciesFor(environment);
    executionContext.waitUntil(
      purgeOldRecords({ storage, logger, now, retentionDays: config.retentionDays }),
    );
  },
};
