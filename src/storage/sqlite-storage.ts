/**
 * @module Storage on SQLite with better-sqlite3 (Node only): import this file directly from src/node.ts and tests,
 * never through storage/index.ts, so the Worker bundle never sees better-sqlite3 or worker_threads.
 */
import { join } from 'node:path';
import type { Logger } from '../logger';
import { createSqlStorage } from './sql-storage';
import { createSqliteConnection } from './sqlite-connection';
import type { Storage, StorageStats } from './storage';

export const DEFAULT_DATABASE_PATH = './data/assistant.db';
const MIGRATIONS_DIRECTORY = join(import.meta.dirname, '..', '..', 'migrations');

export type SqliteStorageOptions = {
  path: string;
  migrationsDirectory?: string;
  logger?: Logger;
  /** Writes waiting for a locked database at most (default 10,000); past it they are dropped and counted. */
  maxQueuedWrites?: number;
  /** How long a Slack event claim waits for the database before trusting the in-memory first line. */
  claimTimeoutMs?: number;
};

const REMEMBERED_EVENTS = 10_000;

/**
 * The database lives in a worker thread (see sqlite-connection): answers never wait for it. A missing or unwritable
 * file makes each call fail with `storage_unavailable`, and the next call tries again.
 */
export function createSqliteStorage(options: SqliteStorageOptions): Storage & {
  stats(): StorageStats;
  drain(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
} {
  const connection = createSqliteConnection({
    path: options.path,
    migrationsDirectory: options.migrationsDirectory ?? MIGRATIONS_DIRECTORY,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.maxQueuedWrites ? { maxQueuedWrites: options.maxQueuedWrites } : {}),
  });
  const storage = createSqlStorage(connection);
  // why: the in-memory first line answers duplicates at once, even while another process locks the file.
  const claimed = new Set<string>();
  const claimTimeoutMs = options.claimTimeoutMs ?? 300;

  return {
    ...storage,
    async claimEvent(eventId, now) {
      if (claimed.has(eventId)) return false;
      claimed.add(eventId);
      if (claimed.size > REMEMBERED_EVENTS) claimed.delete(claimed.values().next().value as string);
      const durable = storage.claimEvent(eventId, now);
      // The file also remembers claims made before a restart; if it is locked, memory decides and the claim lands later.
      const timeout = new Promise<'timeout'>((resolve) =>
        setTimeout(resolve, claimTimeoutMs, 'timeout').unref(),
      );
      const outcome = await Promise.race([durable, timeout]).catch((error: unknown) => {
        claimed.delete(eventId);
        throw error;
      });
      if (outcome === 'timeout') durable.catch(() => undefined);
      return outcome !== false;
    },
    stats: connection.stats,
    drain: connection.drain,
    close: connection.close,
  };
}
