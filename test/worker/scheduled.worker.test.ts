import {
  applyD1Migrations,
  createExecutionContext,
  type D1Migration,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/worker';

type D1 = {
  exec(sql: string): Promise<unknown>;
  prepare(sql: string): { all(): Promise<{ results: unknown[] }> };
};
const database = env.DB as D1;

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS as D1Migration[]);
});

describe('RETENTION_DAYS purge by the Cron Trigger (scheduled handler, workerd + D1)', () => {
  it('deletes questions and feedback older than RETENTION_DAYS (180 in wrangler.toml) and keeps recent ones', async () => {
    const old = new Date(Date.now() - 200 * 24 * 3600 * 1000).toISOString();
    const recent = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    await database.exec('DELETE FROM questions; DELETE FROM feedback; DELETE FROM events;');
    await database.exec(
      `INSERT INTO questions (message_id, created_at, channel, question, intent, outcome, citation_ids, latency_ms, mode) VALUES ('q-old', '${old}', 'web', 'Ancienne', 'general', 'answered', '[]', 1, 'offline'), ('q-new', '${recent}', 'web', 'Récente', 'general', 'answered', '[]', 1, 'offline');`,
    );
    await database.exec(
      `INSERT INTO feedback (message_id, created_at, channel, rating) VALUES ('q-old', '${old}', 'web', 'down'), ('q-new', '${recent}', 'web', 'up');`,
    );
    const context = createExecutionContext();
    worker.scheduled({ cron: '17 3 * * *', scheduledTime: Date.now() }, env, context);
    await waitOnExecutionContext(context);

    const questions = await database.prepare('SELECT message_id FROM questions ORDER BY message_id').all();
    const feedback = await database.prepare('SELECT message_id FROM feedback ORDER BY message_id').all();
    expect(questions.results).toEqual([{ message_id: 'q-new' }]);
    expect(feedback.results).toEqual([{ message_id: 'q-new' }]);
  });
});
