import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors';
import { schedulePurge } from '../../src/storage/purge-old-records';
import { createSqliteStorage } from '../../src/storage/sqlite-storage';
import { createRecordingLogger } from '../http/recording-logger';
import { describeStorageContract, feedbackRecord, questionRecord } from './storage-contract';

const directory = mkdtempSync(join(tmpdir(), 'atlas-sqlite-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describeStorageContract('SQLite in memory', () => createSqliteStorage({ path: ':memory:' }));

let fileCounter = 0;
describeStorageContract('SQLite file', () =>
  createSqliteStorage({ path: join(directory, `contract-${++fileCounter}.db`) }),
);

describe('createSqliteStorage', () => {
  it('creates the folder, applies migrations/ once and keeps data across reopenings', async () => {
    const path = join(directory, 'nested', 'assistant.db');
    const first = createSqliteStorage({ path });
    await first.recordFeedback(feedbackRecord({ rating: 'down', reason: 'unclear' }));
    await first.close();

    const second = createSqliteStorage({ path });
    await second.recordQuestion(questionRecord());
    const insights = await second.insights({ since: '2026-01-01T00:00:00.000Z', limit: 5 });
    await second.close();
    expect(insights.feedback.down).toBe(1);
    expect(insights.volumeByIntent).toEqual([{ intent: 'membership', count: 1 }]);

    const database = new Database(path, { readonly: true });
    const migrations = database.prepare('SELECT name FROM d1_migrations').all();
    database.close();
    expect(migrations).toEqual([{ name: '0001_initial.sql' }]);
  });

  it('fails each call with storage_unavailable when the file cannot be created', async () => {
    const blocker = join(directory, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const storage = createSqliteStorage({ path: join(blocker, 'assistant.db') });
    const failure = await storage.recordQuestion(questionRecord()).catch((error: unknown) => error);
    expect(AppError.isInstance(failure) && failure.code).toBe('storage_unavailable');
    await expect(storage.insights({ since: '2026-01-01', limit: 5 })).rejects.toMatchObject({
      code: 'storage_unavailable',
    });
  });

  it('rejects rows that break the schema constraints with storage_unavailable', async () => {
    const storage = createSqliteStorage({ path: ':memory:' });
    const invalid = feedbackRecord({ reason: 'spam' as never });
    await expect(storage.recordFeedback(invalid)).rejects.toMatchObject({ code: 'storage_unavailable' });
  });
});

describe('SQLite storage off the event loop', () => {
  it('queues writes while another connection holds the lock, then lands them all in order', async () => {
    const path = join(directory, 'locked.db');
    const storage = createSqliteStorage({ path });
    await storage.recordQuestion(questionRecord());
    const locker = new Database(path, { timeout: 2000 });
    locker.exec('BEGIN EXCLUSIVE');
    locker.prepare('DELETE FROM events WHERE 0').run();
    const writes = Array.from({ length: 50 }, () => storage.recordQuestion(questionRecord()));
    let landed = false;
    void Promise.all(writes).then(() => {
      landed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(landed).toBe(false);
    expect(storage.stats().queued).toBe(50);
    locker.exec('COMMIT');
    locker.close();
    await Promise.all(writes);
    const insights = await storage.insights({ since: '2026-01-01T00:00:00.000Z', limit: 5 });
    expect(insights.volumeByIntent).toEqual([{ intent: 'membership', count: 51 }]);
    expect(storage.stats()).toMatchObject({ queued: 0, dropped: 0 });
    await storage.close();
  });

  it('drops writes past the queue bound, counts them and warns once per episode', async () => {
    const path = join(directory, 'bounded.db');
    const { logger, lines } = createRecordingLogger();
    const storage = createSqliteStorage({ path, logger, maxQueuedWrites: 5 });
    await storage.recordQuestion(questionRecord());
    const locker = new Database(path, { timeout: 2000 });
    locker.exec('BEGIN EXCLUSIVE');
    locker.prepare('DELETE FROM events WHERE 0').run();
    const writes = Array.from({ length: 8 }, () =>
      storage.recordQuestion(questionRecord()).then(
        () => 'stored',
        (error: unknown) => (AppError.isInstance(error) ? error.code : 'other'),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storage.stats()).toMatchObject({ queued: 5, dropped: 3 });
    locker.exec('COMMIT');
    locker.close();
    expect(await Promise.all(writes)).toEqual([
      ...Array(5).fill('stored'),
      ...Array(3).fill('storage_unavailable'),
    ]);
    expect(lines.filter((line) => line.event === 'storage_writes_dropped')).toHaveLength(1);
    await storage.close();
  });

  it('answers a duplicate Slack event from memory even while the file is locked', async () => {
    const path = join(directory, 'claims.db');
    const storage = createSqliteStorage({ path, claimTimeoutMs: 100 });
    expect(await storage.claimEvent('Ev1', '2026-11-20T10:00:00.000Z')).toBe(true);
    const locker = new Database(path, { timeout: 2000 });
    locker.exec('BEGIN EXCLUSIVE');
    locker.prepare('DELETE FROM events WHERE 0').run();
    expect(await storage.claimEvent('Ev1', '2026-11-20T10:00:01.000Z')).toBe(false);
    expect(await storage.claimEvent('Ev2', '2026-11-20T10:00:02.000Z')).toBe(true);
    locker.exec('COMMIT');
    locker.close();
    await storage.drain();
    // After a restart (a new storage on the same file), the file still remembers both claims.
    await storage.close();
    const restarted = createSqliteStorage({ path });
    expect(await restarted.claimEvent('Ev2', '2026-11-20T10:00:03.000Z')).toBe(false);
    await restarted.close();
  });

  it('detects a deleted or replaced database file and reopens it, without losing later writes', async () => {
    const path = join(directory, 'deleted.db');
    const { logger, lines } = createRecordingLogger();
    const storage = createSqliteStorage({ path, logger });
    await storage.recordQuestion(questionRecord({ messageId: 'before' }));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    await storage.recordQuestion(questionRecord({ messageId: 'after' }));
    await storage.close();
    const database = new Database(path, { readonly: true });
    const rows = database.prepare('SELECT message_id FROM questions').all();
    database.close();
    expect(rows).toEqual([{ message_id: 'after' }]);
    expect(lines.map((line) => line.event)).toContain('storage_reopened');
  });
});

describe('schedulePurge (Node interval)', () => {
  it('purges records older than RETENTION_DAYS on its interval', async () => {
    const storage = createSqliteStorage({ path: join(directory, 'retention.db') });
    const now = () => new Date('2026-11-27T09:00:00Z');
    await storage.recordQuestion(questionRecord({ messageId: 'old', createdAt: '2026-05-01T10:00:00.000Z' }));
    await storage.recordQuestion(questionRecord({ messageId: 'new', createdAt: '2026-11-01T10:00:00.000Z' }));
    const { logger, lines } = createRecordingLogger();
    const stop = schedulePurge({ storage, logger, now, retentionDays: 180, everyMs: 20, firstAfterMs: 0 });
    await expect
      .poll(() => lines.filter((line) => line.event === 'retention_purge').length)
      .toBeGreaterThan(1);
    stop();
    expect(lines[0]?.fields).toMatchObject({ before: '2026-05-31T09:00:00.000Z', questions: 1, feedback: 0 });
    const insights = await storage.insights({ since: '2026-01-01T00:00:00.000Z', limit: 5 });
    expect(insights.volumeByDay).toEqual([{ day: '2026-11-01', count: 1 }]);
    await storage.close();
  });
});
