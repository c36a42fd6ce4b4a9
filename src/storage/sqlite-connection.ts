/**
 * @module A SQLite connection owned by a worker thread, behind a bounded write queue: writes never block the event
 * loop, wait out locks in the queue, and are dropped (counted, logged once) only past the bound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import type { SqlDatabase, SqlValue } from './sql-storage';
import {
  SQLITE_THREAD_SOURCE,
  type ThreadCommand,
  type ThreadData,
  type ThreadReply,
} from './sqlite-thread-source';
import { toStorageError } from './storage-error';

export type SqliteConnectionOptions = {
  path: string;
  migrationsDirectory: string;
  logger?: Logger;
  /** Writes waiting at most; past it, new writes are dropped. */
  maxQueuedWrites?: number;
  /** How long the thread waits on one lock before handing back (the queue then retries). */
  busyTimeoutMs?: number;
  /** How long a read may wait on a locked database before failing with storage_unavailable. */
  readTimeoutMs?: number;
};

export type WriteQueueStats = { queued: number; dropped: number; failed: number; reopened: number };

type Write = {
  sql: string;
  parameters: SqlValue[];
  resolve(changes: number): void;
  reject(error: unknown): void;
};

const MAX_BATCH = 200;
const MAX_RETRY_DELAY_MS = 500;

function readMigrations(directory: string): ThreadData['migrations'] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(directory, name), 'utf8') }));
}

function replyError(reply: Extract<ThreadReply, { ok: false }>): Error {
  const error = new Error(reply.message);
  error.name = reply.code;
  return error;
}

export function createSqliteConnection(options: SqliteConnectionOptions): SqlDatabase & {
  stats(): WriteQueueStats;
  drain(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
} {
  const { logger, maxQueuedWrites = 10_000, busyTimeoutMs = 250, readTimeoutMs = 2000 } = options;
  const data: ThreadData = {
    driverPath: createRequire(import.meta.url).resolve('better-sqlite3'),
    path: options.path,
    busyTimeoutMs,
    migrations: readMigrations(options.migrationsDirectory),
  };
  const queue: Write[] = [];
  const pending = new Map<number, (reply: ThreadReply) => void>();
  const stats: WriteQueueStats = { queued: 0, dropped: 0, failed: 0, reopened: 0 };
  let worker: Worker | undefined;
  let nextId = 1;
  let writing = false;
  let retryDelayMs = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let droppingSince: number | undefined;
  let closed = false;

  function thread(): Worker {
    if (worker) return worker;
    const started = new Worker(SQLITE_THREAD_SOURCE, { eval: true, workerData: data });
    // why: an idle thread must not keep tests or a shutting-down server alive; pending work refs it again.
    started.unref();
    started.on('message', (message: ThreadReply | { event: 'reopened' }) => {
      if ('event' in message) {
        stats.reopened++;
        logger?.warn('storage_reopened', { reason: 'file_replaced' });
        return;
      }
      const settle = pending.get(message.id);
      pending.delete(message.id);
      if (pending.size === 0) started.unref();
      settle?.(message);
    });
    started.on('error', (error) => {
      logger?.error('storage_thread_failed', { name: error.name });
    });
    started.on('exit', () => {
      if (worker === started) worker = undefined;
      // why: a crashed thread fails its in-flight requests; the write queue retries them on a new thread.
      for (const [id, settle] of pending) {
        pending.delete(id);
        settle({ id, ok: false, busy: true, code: 'THREAD_EXIT', message: 'storage thread exited' });
      }
    });
    worker = started;
    return started;
  }

  function send(request: ThreadCommand): Promise<ThreadReply> {
    const id = nextId++;
    const target = thread();
    target.ref();
    return new Promise((resolve) => {
      pending.set(id, resolve);
      target.postMessage({ ...request, id });
    });
  }

  function scheduleRetry() {
    retryDelayMs = Math.min(MAX_RETRY_DELAY_MS, Math.max(25, retryDelayMs * 2));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void pump();
    }, retryDelayMs);
  }

  async function pump(): Promise<void> {
    if (writing || retryTimer || queue.length === 0 || closed) return;
    writing = true;
    const batch = queue.slice(0, MAX_BATCH);
    const reply = await send({
      kind: 'write',
      statements: batch.map(({ sql, parameters }) => ({ sql, parameters })),
    });
    writing = false;
    if (reply.ok) {
      retryDelayMs = 0;
      queue.splice(0, batch.length);
      for (const [index, write] of batch.entries()) write.resolve(reply.changes?.[index] ?? 0);
    } else if (reply.busy) {
      // Locked by another process: the writes stay queued, in order, and are tried again shortly.
      scheduleRetry();
      return;
    } else if (batch.length > 1) {
      // One bad statement rolled the batch back: run them one by one so only that one fails.
      await runSingles(batch.length);
    } else {
      queue.shift();
      stats.failed++;
      batch[0]?.reject(toStorageError(replyError(reply)));
    }
    stats.queued = queue.length;
    if (queue.length < maxQueuedWrites / 2 && droppingSince !== undefined) {
      logger?.warn('storage_writes_resumed', { dropped: stats.dropped });
      droppingSince = undefined;
    }
    void pump();
  }

  async function runSingles(count: number) {
    for (let index = 0; index < count && queue.length > 0; index++) {
      const write = queue[0] as Write;
      const reply = await send({
        kind: 'write',
        statements: [{ sql: write.sql, parameters: write.parameters }],
      });
      if (!reply.ok && reply.busy) return;
      queue.shift();
      if (reply.ok) write.resolve(reply.changes?.[0] ?? 0);
      else {
        stats.failed++;
        write.reject(toStorageError(replyError(reply)));
      }
    }
  }

  async function read<ROW>(sql: string, parameters: SqlValue[]): Promise<ROW[]> {
    const deadline = Date.now() + readTimeoutMs;
    for (;;) {
      const reply = await send({ kind: 'read', sql, parameters });
      if (reply.ok) return (reply.rows ?? []) as ROW[];
      if (!reply.busy || Date.now() >= deadline) throw toStorageError(replyError(reply));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    run(sql, parameters) {
      if (closed) return Promise.reject(toStorageError(new Error('storage closed')));
      if (queue.length >= maxQueuedWrites) {
        stats.dropped++;
        if (droppingSince === undefined) {
          droppingSince = Date.now();
          // why: one line per overflow episode, not one per dropped write.
          logger?.warn('storage_writes_dropped', { maxQueuedWrites });
        }
        return Promise.reject(toStorageError(new Error('write queue full')));
      }
      return new Promise<{ changes: number }>((resolve, reject) => {
        queue.push({ sql, parameters, resolve: (changes) => resolve({ changes }), reject });
        stats.queued = queue.length;
        void pump();
      });
    },
    all: read,
    stats: () => ({ ...stats, queued: queue.length }),
    /** Resolves once every queued write has landed or failed (graceful shutdown, tests). */
    async drain(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while ((queue.length > 0 || writing) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      for (const write of queue.splice(0)) write.reject(toStorageError(new Error('storage closed')));
      const running = worker;
      if (!running) return;
      await Promise.race([send({ kind: 'close' }), new Promise((resolve) => setTimeout(resolve, 1000))]);
      await running.terminate();
    },
  };
}
