import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors';
import { createSqliteStorage } from '../../src/storage/sqlite-storage';
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
    first.close();

    const second = createSqliteStorage({ path });
    await second.recordQuestion(questionRecord());
    const insights = await second.insights({ since: '2026-01-01T00:00:00.000Z', limit: 5 });
    second.close();
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
