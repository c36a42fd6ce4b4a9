import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askResponseSchema } from '../../src/chat/answer-contract';
import { createD1Storage, type D1DatabaseBinding, issueMessageId, type Storage } from '../../src/storage';
import { createSqliteStorage } from '../../src/storage/sqlite-storage';
import { createTestApp, postJson } from '../helpers/create-test-app';
import { expectErrorShape } from '../http/error-shape';
import { createRecordingLogger } from '../http/recording-logger';

/** The real SQLite storage pointed at a path that cannot be created (its parent is a file). */
function createUnopenableSqliteStorage(): Storage {
  const directory = mkdtempSync(join(tmpdir(), 'atlas-storage-'));
  const notADirectory = join(directory, 'fichier');
  writeFileSync(notADirectory, '');
  return createSqliteStorage({ path: join(notADirectory, 'assistant.db') });
}

/** The real D1 storage over a D1 binding that has lost its connection (as a Cloudflare outage does). */
function createDisconnectedD1Storage(): Storage {
  const fail = async (): Promise<never> => {
    throw new Error('D1_ERROR: Network connection lost.');
  };
  const binding: D1DatabaseBinding = {
    prepare: () => ({ bind: () => ({ run: fail, all: fail }) }),
  };
  return createD1Storage(binding);
}

/** A storage that rejects with plain errors, outside the contract: the answer path must not care. */
const rejectingStorage: Storage = {
  recordQuestion: async () => {
    throw new Error('SQLITE_BUSY: database is locked');
  },
  recordFeedback: async () => {
    throw new Error('SQLITE_BUSY: database is locked');
  },
  insights: async () => {
    throw new Error('SQLITE_BUSY: database is locked');
  },
  claimEvent: async () => {
    throw new Error('SQLITE_BUSY: database is locked');
  },
  purge: async () => {
    throw new Error('SQLITE_BUSY: database is locked');
  },
};

const STORAGES: Array<[string, () => Storage]> = [
  ['SQLite file cannot be opened', createUnopenableSqliteStorage],
  ['D1 connection lost', createDisconnectedD1Storage],
  ['storage rejects with plain errors', () => rejectingStorage],
];

describe.each(STORAGES)('when storage is unavailable (%s)', (_name, createStorage) => {
  it('still answers /v1/ask, and reports the lost log line to operators', async () => {
    const { logger, lines } = createRecordingLogger();
    const { app, dependencies } = createTestApp({ storage: createStorage(), logger });
    const response = await app.request(
      '/v1/ask',
      postJson({ question: 'Quelle est la date limite pour déposer une demande de prise en charge ?' }),
    );
    expect(response.status).toBe(200);
    const body = askResponseSchema.parse(await response.json());
    expect(body.answer.trim().length).toBeGreaterThan(40);
    await dependencies.backgroundTasks.settled();
    expect(lines.some((line) => line.level !== 'info')).toBe(true);
    expect((await app.request('/healthz')).status).toBe(200);
  });
});

describe.each(STORAGES.slice(0, 2))(
  'when storage is unavailable (%s), writes and reads',
  (_name, createStorage) => {
    it('answers /v1/feedback with 503 storage_unavailable in the shared shape', async () => {
      const { app } = createTestApp({ storage: createStorage() });
      const response = await app.request(
        '/v1/feedback',
        postJson({ messageId: issueMessageId(undefined), rating: 'down', reason: 'unclear' }),
      );
      await expectErrorShape(response, 503, 'storage_unavailable');
    });

    it('answers /v1/admin/insights with 503 storage_unavailable', async () => {
      const { app } = createTestApp({
        storage: createStorage(),
        environment: { ADMIN_TOKEN: 'jeton-admin' },
      });
      const response = await app.request('/v1/admin/insights', {
        headers: { authorization: 'Bearer jeton-admin' },
      });
      await expectErrorShape(response, 503, 'storage_unavailable');
    });
  },
);
