/** @module Node entry: serves the app with @hono/node-server (PORT, default 8787; HOST, default 127.0.0.1). */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { createBackgroundTasks } from './background-tasks';
import { readConfig } from './config';
import { getKnowledge } from './knowledge';
import { createConsoleLogger } from './logger';
import { createMemoryStorage } from './storage';
import { createSqliteStorage, DEFAULT_DATABASE_PATH } from './storage/sqlite-storage';

// why: this file runs as src/node.ts (tsx) or bundled as build/node-server.js; both sit one level below the root.
const MIGRATIONS_DIRECTORY = join(import.meta.dirname, '..', 'migrations');

const config = readConfig(process.env);
const logger = createConsoleLogger();
const backgroundTasks = createBackgroundTasks();
// DATABASE_PATH: SQLite file (default ./data/assistant.db), ':memory:', or ':none:' for in-process storage.
const databasePath = process.env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH;
const storage =
  databasePath === ':none:'
    ? createMemoryStorage()
    : createSqliteStorage({ path: databasePath, migrationsDirectory: MIGRATIONS_DIRECTORY });
const app = createApp({
  config,
  knowledge: getKnowledge(),
  storage,
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
    database: databasePath,
  });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void backgroundTasks.settled().then(() => process.exit(0));
  });
}
