/**
 * @module The worker thread that owns the better-sqlite3 connection, so a locked or slow database file blocks this
 * thread only, never the event loop that answers requests. Kept as source text and started with `eval: true`,
 * so it runs unchanged from tsx, vitest and the esbuild bundle (no separate file to ship).
 */

/** A batch sent to the thread: statements run in one transaction (writes) or one read. */
export type ThreadCommand =
  | { kind: 'write'; statements: Array<{ sql: string; parameters: unknown[] }> }
  | { kind: 'read'; sql: string; parameters: unknown[] }
  | { kind: 'close' };
export type ThreadRequest = ThreadCommand & { id: number };

export type ThreadReply =
  | { id: number; ok: true; changes?: number[]; rows?: unknown[] }
  | { id: number; ok: false; busy: boolean; code: string; message: string };

export type ThreadData = {
  driverPath: string;
  path: string;
  busyTimeoutMs: number;
  migrations: Array<{ name: string; sql: string }>;
};

// why: plain CommonJS text (no TypeScript, no imports): eval workers cannot load .ts files or ES modules by path.
export const SQLITE_THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const Database = require(workerData.driverPath);
const inMemory = workerData.path === ':memory:';
let database;
let identity;
const statements = new Map();

function fileIdentity() {
  try {
    const stat = fs.statSync(workerData.path);
    return stat.dev + ':' + stat.ino;
  } catch {
    return undefined;
  }
}

function close() {
  statements.clear();
  try { database && database.close(); } catch {}
  database = undefined;
}

function migrate() {
  database.exec('CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)');
  const applied = new Set(database.prepare('SELECT name FROM d1_migrations').all().map((row) => row.name));
  const record = database.prepare('INSERT INTO d1_migrations (name) VALUES (?)');
  for (const migration of workerData.migrations) {
    if (applied.has(migration.name)) continue;
    database.transaction(() => { database.exec(migration.sql); record.run(migration.name); })();
  }
}

function open() {
  // A file deleted or replaced while open would swallow every later write: reopen when its identity changes.
  if (database && !inMemory && fileIdentity() !== identity) {
    parentPort.postMessage({ event: 'reopened' });
    close();
  }
  if (database) return database;
  if (!inMemory) fs.mkdirSync(path.dirname(workerData.path), { recursive: true });
  database = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
  try {
    database.pragma('journal_mode = WAL');
    migrate();
    identity = inMemory ? undefined : fileIdentity();
  } catch (error) {
    close();
    throw error;
  }
  return database;
}

function prepare(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    statement = open().prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

function isBusy(error) {
  return /^SQLITE_(BUSY|LOCKED)/.test(String(error && error.code));
}

parentPort.on('message', (request) => {
  try {
    if (request.kind === 'close') {
      close();
      parentPort.postMessage({ id: request.id, ok: true });
      return;
    }
    open();
    if (request.kind === 'read') {
      parentPort.postMessage({ id: request.id, ok: true, rows: prepare(request.sql).all(...request.parameters) });
      return;
    }
    const changes = database.transaction(() =>
      request.statements.map((statement) => prepare(statement.sql).run(...statement.parameters).changes),
    ).immediate();
    parentPort.postMessage({ id: request.id, ok: true, changes });
  } catch (error) {
    if (!isBusy(error) && database && !database.open) close();
    parentPort.postMessage({
      id: request.id,
      ok: false,
      busy: isBusy(error),
      code: String((error && error.code) || (error && error.name) || 'Error'),
      message: String(error && error.message).slice(0, 200),
    });
  }
});
`;
