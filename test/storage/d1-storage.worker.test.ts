import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createD1Storage, type D1DatabaseBinding } from '../../src/storage';
import { createTestApp } from '../helpers/create-test-app';
import { describeStorageContract, feedbackRecord, questionRecord } from './storage-contract';

const database = env.DB as D1DatabaseBinding & { exec(sql: string): Promise<unknown> };

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS as D1Migration[]);
});

describeStorageContract('D1', async () => {
  await database.exec('DELETE FROM questions; DELETE FROM feedback; DELETE FROM events;');
  return createD1Storage(database);
});

describe('createD1Storage', () => {
  it('fails with storage_unavailable when the schema is missing', async () => {
    await database.exec('ALTER TABLE questions RENAME TO questions_hidden');
    try {
      const storage = createD1Storage(database);
      await expect(storage.recordQuestion(questionRecord())).rejects.toMatchObject({
        code: 'storage_unavailable',
      });
    } finally {
      await database.exec('ALTER TABLE questions_hidden RENAME TO questions');
    }
  });
});

describe('feedback and insights on D1 (workerd)', () => {
  it('stores a vote posted to the Worker in the D1 binding, for an answer it issued only', async () => {
    const answer = await exports.default.fetch(
      new Request('http://worker.test/v1/ask', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Comment adhérer à OPCO Atlas ?' }),
      }),
    );
    const { messageId } = (await answer.json()) as { messageId: string };
    const forged = await exports.default.fetch(
      new Request('http://worker.test/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messageId: 'a1b2c3d4-0000-4000-8000-000000000000', rating: 'down' }),
      }),
    );
    expect(forged.status).toBe(404);
    expect(await forged.json()).toMatchObject({ error: { code: 'not_found' } });
    const response = await exports.default.fetch(
      new Request('http://worker.test/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          messageId,
          rating: 'down',
          reason: 'unclear',
          channel: 'web',
        }),
      }),
    );
    expect(response.status).toBe(201);
    const rows = await database
      .prepare('SELECT message_id, rating, reason, channel FROM feedback WHERE message_id = ?')
      .bind(messageId)
      .all();
    expect(rows.results).toEqual([
      { message_id: messageId, rating: 'down', reason: 'unclear', channel: 'web' },
    ]);
  });

  it('serves the insights from D1 to the admin token only', async () => {
    await database.exec('DELETE FROM questions; DELETE FROM feedback;');
    const storage = createD1Storage(database);
    await storage.recordQuestion(
      questionRecord({ messageId: 'd1-q1', createdAt: '2026-11-26T08:00:00.000Z' }),
    );
    await storage.recordFeedback(
      feedbackRecord({
        messageId: 'd1-q1',
        rating: 'down',
        reason: 'unclear',
        createdAt: '2026-11-26T08:01:00.000Z',
      }),
    );
    const { app } = createTestApp({ storage, environment: { ADMIN_TOKEN: 'jeton-d1-0123456789' } });

    const refused = await app.request('/v1/admin/insights', { headers: { authorization: 'Bearer faux' } });
    expect(refused.status).toBe(401);
    const response = await app.request('/v1/admin/insights?days=3', {
      headers: { authorization: 'Bearer jeton-d1-0123456789' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      volumeByDay: [{ day: '2026-11-26', count: 1 }],
      feedback: { down: 1, reasons: [{ reason: 'unclear', count: 1 }] },
    });
  });
});
