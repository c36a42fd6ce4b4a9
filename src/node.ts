/** @module Node entry: serves the app (PORT, default 8787; HOST, default 127.0.0.1) with the hardened Node server. */
import { join } from 'node:path';
import { createApp, MAX_BODY_BYTES } from './app';
import { createBackgroundTasks } from './background-tasks';
import { readConfig } from './config';
import { serveNode } from './http/serve-node';
import { getKnowledge } from './knowledge';
import { createConsoleLogger } from './logger';
import { createMemoryStorage } from './storage';
import { schedulePurge } from './storage/purge-old-records';
import { createSqliteStorage, DEFAULT_DATABASE_PATH } from './storage/sqlite-storage';

// why: this file runs as src/node.ts (tsx) or bundled as build/node-server.js; both sit one level below the root.
const MIGRATIONS_DIRECTORY = join(import.meta.dirname, '..', 'migrations');

const config = readConfig(process.env);
const logger = createConsoleLogger();
const backgroundTasks = createBackgroundTasks();
const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
};
// DATABASE_PATH: SQLite file (default ./data/assistant.db), ':memory:', or ':none:' for in-process storage.
const databasePath = process.env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH;
const sqlite =
  databasePath === ':none:'
    ? undefined
    : createSqliteStorage({
        path: databasePath,
        migrationsDirectory: MIGRATIONS_DIRECTORY,
        logger,
        maxQueuedWrites: positive(process.env.STORAGE_QUEUE_LIMIT, 10_000) || 10_000,
      });
const storage = sqlite ?? createMemoryStorage();
const now = () => new Date();
const app = createApp({
  config,
  knowledge: getKnowledge(),
  storage,
  logger,
  backgroundTasks,
  fetch: globalThis.fetch.bind(globalThis),
  now,
});
const stopPurge = schedulePurge({ storage, logger, now, retentionDays: config.retentionDays });

const server = serveNode(
  {
    fetch: app.fetch,
    port: positive(process.env.PORT, 8787),
    hostname: process.env.HOST || '127.0.0.1',
    maxBodyBytes: MAX_BODY_BYTES,
    logger,
    maxConnections: positive(process.env.MAX_CONNECTIONS, 1024) || 1024,
  },
  (address) => {
    logger.info('server_started', {
      url: `http://${address.address}:${address.port}`,
      mode: config.llm ? 'llm' : 'offline',
      database: databasePath,
    });
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopPurge();
    server.close();
    void backgroundTasks
      .settled()
      .then(() => sqlite?.drain(5000))
      .then(() => sqlite?.close())
      .then(() => process.exit(0));
  });
}
