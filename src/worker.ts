/** @module Workers entry: builds the app once per isolate from the bindings, then serves every request. */
import type { ExecutionContext } from 'hono';
import { createApp } from './app';
import { createBackgroundTasks } from './background-tasks';
import { readConfig } from './config';
import { getKnowledge } from './knowledge';
import { createConsoleLogger } from './logger';
import { createD1Storage, createMemoryStorage, isD1Binding } from './storage';

let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch(request: Request, environment: Record<string, unknown>, executionContext: ExecutionContext) {
    app ??= createApp({
      config: readConfig(environment),
      knowledge: getKnowledge(),
      storage: isD1Binding(environment.DB) ? createD1Storage(environment.DB) : createMemoryStorage(),
      logger: createConsoleLogger(),
      backgroundTasks: createBackgroundTasks(),
      fetch: globalThis.fetch.bind(globalThis),
      now: () => new Date(),
    });
    return app.fetch(request, environment, executionContext);
  },
};
