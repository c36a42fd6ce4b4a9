/** @module Node entry: serves the app with @hono/node-server (PORT, default 8787; HOST, default 127.0.0.1). */
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { createBackgroundTasks } from './background-tasks';
import { readConfig } from './config';
import { getKnowledge } from './knowledge';
import { createConsoleLogger } from './logger';
import { createMemoryStorage } from './storage';

const config = readConfig(process.env);
const logger = createConsoleLogger();
const backgroundTasks = createBackgroundTasks();
const app = createApp({
  config,
  knowledge: getKnowledge(),
  storage: createMemoryStorage(),
  logger,
  backgroundTasks,
  fetch: globalThis.fetch.bind(globalThis),
  now: () => new Date(),
});

const port = Number.parseInt(process.env.PORT ?? '', 10) || 8787;
const hostname = process.env.HOST || '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  logger.info('server_started', {
    url: `http://${hostname}:${info.port}`,
    mode: config.llm ? 'llm' : 'offline',
  });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void backgroundTasks.settled().then(() => process.exit(0));
  });
}
