import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../../src/storage';
import { createMemoryStorage, issueMessageId } from '../../../src/storage';
import { createSqliteStorage } from '../../../src/storage/sqlite-storage';
import { createTestApp, postJson } from '../../helpers/create-test-app';
import { expectErrorShape } from '../../http/error-shape';
import { questionRecord } from '../../storage/storage-contract';

const ADMIN_TOKEN = 'jeton-admin-de-test-1234567890';
const directory = mkdtempSync(join(tmpdir(), 'atlas-feedback-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function appWith(storage: Storage, environment: Record<string, string> = { ADMIN_TOKEN }) {
  return createTestApp({ storage, environment }).app;
}
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
/** An id as the server issues it with each answer (the app's per-process key when MESSAGE_ID_SECRET is unset). */
const issued = () => issueMessageId(undefined);

describe('POST /v1/feedback and GET /v1/admin/insights on SQLite', () => {
  it('records a vote with a redacted comment and reports it in the insights', async () => {
    const storage = createSqliteStorage({ path: join(directory, 'feedback.db') });
    const app = appWith(storage);
    const messageId = issued();
    await storage.recordQuestion(questionRecord({ messageId, createdAt: '2026-11-26T08:00:00.000Z' }));

    const response = await app.request(
      '/v1/feedback',
      postJson({
        messageId,
        rating: 'down',
        reason: 'incomplete',
        comment: 'Rappelez-moi au 06 12 34 56 78 ou jean.dupont@exemple.fr',
        channel: 'web',
      }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ status: 'recorded', messageId });

    const insights = await app.request('/v1/admin/insights?days=7', bearer(ADMIN_TOKEN));
    expect(insights.status).toBe(200);
    expect(await insights.json()).toMatchObject({
      since: '2026-11-20T00:00:00.000Z',
      volumeByDay: [{ day: '2026-11-26', count: 1 }],
      feedback: { up: 0, down: 1, reasons: [{ reason: 'incomplete', count: 1 }] },
    });
    await storage.close();
  });

  it('never stores personal data from the comment', async () => {
    const path = join(directory, 'redaction.db');
    const storage = createSqliteStorage({ path });
    const app = appWith(storage);
    const comment = 'Mon IBAN FR76 3000 6000 0112 3456 7890 189, tel 0612345678, mail a.b@c.fr';
    const response = await app.request(
      '/v1/feedback',
      postJson({ messageId: issued(), rating: 'up', comment }),
    );
    expect(response.status).toBe(201);
    await storage.close();
    const { default: Database } = await import('better-sqlite3');
    const database = new Database(path, { readonly: true });
    const row = database.prepare('SELECT comment, channel FROM feedback').get() as { comment: string };
    database.close();
    expect(row).toEqual({
      comment: 'Mon IBAN [IBAN masqué], tel [téléphone masqué], mail [e-mail masqué]',
      channel: 'api',
    });
  });

  it.each([
    [{ rating: 'up' }, 'messageId'],
    [{ messageId: 'm-3', rating: 'bof' }, 'rating'],
    [{ messageId: 'm-3', rating: 'down', reason: 'spam' }, 'reason'],
    [{ messageId: 'm-3', rating: 'up', reason: 'incorrect' }, 'reason'],
    [{ messageId: '<script>', rating: 'up' }, 'messageId'],
    [{ messageId: 'm-3', rating: 'down', comment: 'x'.repeat(1001) }, 'comment'],
  ])('rejects %j with a French 400 naming %s', async (body, field) => {
    const response = await appWith(createSqliteStorage({ path: ':memory:' })).request(
      '/v1/feedback',
      postJson(body),
    );
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('invalid_request');
    expect(error.error.message).toContain(`« ${field} »`);
  });

  it('answers 503 storage_unavailable when the database cannot be opened', async () => {
    const blocker = join(directory, 'blocker');
    writeFileSync(blocker, '');
    const app = appWith(createSqliteStorage({ path: join(blocker, 'assistant.db') }));
    const feedback = await app.request('/v1/feedback', postJson({ messageId: issued(), rating: 'up' }));
    expect(feedback.status).toBe(503);
    expect(await feedback.json()).toEqual({
      error: { code: 'storage_unavailable', message: expect.stringMatching(/stockage/) },
    });
    const insights = await app.request('/v1/admin/insights', bearer(ADMIN_TOKEN));
    expect(insights.status).toBe(503);
  });
});

describe('write integrity', () => {
  it.each([
    ['an id never issued', 'a1b2c3d4-0000-4000-8000-000000000000'],
    ['a free-form id', 'm-1'],
    ['an issued id with one character changed', 'flip'],
    ['an id signed with another secret', issueMessageId('un-autre-secret-0123456789')],
  ])('rejects %s with a 404 in the error shape, and stores nothing', async (_label, candidate) => {
    const storage = createMemoryStorage();
    const genuine = issued();
    const messageId =
      candidate === 'flip' ? `${genuine.slice(0, -1)}${genuine.endsWith('0') ? '1' : '0'}` : candidate;
    const response = await appWith(storage).request('/v1/feedback', postJson({ messageId, rating: 'down' }));
    await expectErrorShape(response, 404, 'not_found');
    expect(storage.feedback).toEqual([]);
  });

  it('accepts ids signed with MESSAGE_ID_SECRET across restarts (two apps, one secret)', async () => {
    const secret = 'secret-partage-0123456789abcdef';
    const storage = createMemoryStorage();
    const first = createTestApp({ storage, environment: { MESSAGE_ID_SECRET: secret } }).app;
    const answer = (await (
      await first.request('/v1/ask', postJson({ question: 'Comment adhérer ?' }))
    ).json()) as {
      messageId: string;
    };
    const second = createTestApp({ storage, environment: { MESSAGE_ID_SECRET: secret } }).app;
    const vote = await second.request(
      '/v1/feedback',
      postJson({ messageId: answer.messageId, rating: 'up' }),
    );
    expect(vote.status).toBe(201);
    const otherSecret = createTestApp({ storage, environment: { MESSAGE_ID_SECRET: `${secret}x` } }).app;
    const refused = await otherSecret.request(
      '/v1/feedback',
      postJson({ messageId: answer.messageId, rating: 'up' }),
    );
    expect(refused.status).toBe(404);
  });

  it('accepts a vote while another process locks the database, and stores it once the lock clears', async () => {
    const path = join(directory, 'locked-feedback.db');
    const storage = createSqliteStorage({ path });
    const app = appWith(storage);
    await storage.recordQuestion(questionRecord());
    const { default: Database } = await import('better-sqlite3');
    const locker = new Database(path, { timeout: 2000 });
    locker.exec('BEGIN EXCLUSIVE');
    locker.prepare('DELETE FROM events WHERE 0').run();
    const messageId = issued();
    const response = await app.request('/v1/feedback', postJson({ messageId, rating: 'down' }));
    expect(response.status).toBe(201);
    expect(storage.stats().queued).toBe(1);
    locker.exec('COMMIT');
    locker.close();
    await storage.drain();
    const rows = new Database(path, { readonly: true })
      .prepare('SELECT message_id, rating FROM feedback')
      .all();
    expect(rows).toEqual([{ message_id: messageId, rating: 'down' }]);
    await storage.close();
  });

  it('keeps one vote per message: the latest wins', async () => {
    const storage = createMemoryStorage();
    const app = appWith(storage);
    const messageId = issued();
    for (const rating of ['up', 'down', 'up', 'down'])
      expect((await app.request('/v1/feedback', postJson({ messageId, rating }))).status).toBe(201);
    expect(storage.feedback.map((entry) => [entry.messageId, entry.rating])).toEqual([[messageId, 'down']]);
  });

  it('stores no comment at all with LOG_QUESTIONS=false', async () => {
    const storage = createMemoryStorage();
    const app = appWith(storage, { ADMIN_TOKEN, LOG_QUESTIONS: 'false' });
    const response = await app.request(
      '/v1/feedback',
      postJson({
        messageId: issued(),
        rating: 'down',
        reason: 'unclear',
        comment: 'Texte libre de l’utilisateur',
      }),
    );
    expect(response.status).toBe(201);
    expect(storage.feedback).toEqual([
      expect.objectContaining({ rating: 'down', reason: 'unclear', comment: null }),
    ]);
  });

  it('shows user text to the admin with links neutralised and near-duplicates grouped', async () => {
    const storage = createMemoryStorage();
    const app = appWith(storage);
    const abstained = (question: string) =>
      storage.recordQuestion(
        questionRecord({ question, outcome: 'abstained', createdAt: '2026-11-26T08:00:00.000Z' }),
      );
    for (let index = 0; index < 5; index++)
      await abstained('Visitez https://arnaque.example.com/gain pour gagner');
    await abstained('Comment adhérer à Atlas ?');
    await abstained('comment adherer a atlas');
    await abstained('Atlas : comment adhérer ?!');
    await abstained('Quel est le taux de prise en charge ?');
    const response = await app.request('/v1/admin/insights?days=7&limit=5', bearer(ADMIN_TOKEN));
    const body = (await response.json()) as { topUnanswered: Array<{ question: string; count: number }> };
    expect(body.topUnanswered).toEqual([
      { question: 'Visitez arnaque[.]example[.]com/gain pour gagner', count: 5 },
      { question: expect.stringMatching(/adh[ée]rer/i), count: 3 },
      { question: 'Quel est le taux de prise en charge ?', count: 1 },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/https?:|example\.com/);
  });
});

describe('GET /v1/admin/insights access', () => {
  const storage = createSqliteStorage({ path: ':memory:' });

  it.each([
    ['no header', {}],
    ['a wrong token', bearer('jeton-admin-de-test-1234567891')],
    ['a prefix of the token', bearer('jeton-admin')],
    ['another scheme', { headers: { authorization: `Basic ${ADMIN_TOKEN}` } }],
  ])('refuses %s with 401', async (_label, init) => {
    const response = await appWith(storage).request('/v1/admin/insights', init);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('is disabled with 503 not_configured when ADMIN_TOKEN is unset', async () => {
    const response = await appWith(storage, {}).request('/v1/admin/insights', bearer('quelque-chose'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      error: { code: 'not_configured', message: expect.stringContaining('ADMIN_TOKEN') },
    });
  });

  it('rejects out-of-range query parameters with 400', async () => {
    const response = await appWith(storage).request('/v1/admin/insights?days=0', bearer(ADMIN_TOKEN));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('with API_KEYS set', () => {
  it('still accepts votes without a key and opens the insights to ADMIN_TOKEN alone', async () => {
    const app = appWith(createSqliteStorage({ path: ':memory:' }), {
      ADMIN_TOKEN,
      API_KEYS: 'cle-helpdesk-1',
    });
    const vote = await app.request('/v1/feedback', postJson({ messageId: issued(), rating: 'up' }));
    expect(vote.status).toBe(201);
    const insights = await app.request('/v1/admin/insights', bearer(ADMIN_TOKEN));
    expect(insights.status).toBe(200);
    const withApiKey = await app.request('/v1/admin/insights', bearer('cle-helpdesk-1'));
    expect(withApiKey.status).toBe(401);
  });
});
