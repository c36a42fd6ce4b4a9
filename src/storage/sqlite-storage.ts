/**
 * @module Storage on SQLite with better-sqlite3 (Node only): import this file directly from src/node.ts and tests,
 * never through storage/index.ts, so the Worker bundle never sees better-sqlite3.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqlStorage, type SqlValue } from './sql-storage';
import type { Storage } from './storage';

export const DEFAULT_DATABASE_PATH = './data/assistant.db';
const MIGRATIONS_DIRECTORY = join(import.meta.dirname, '..', '..', 'migrations');

export type SqliteStorageOptions = { path: string; migrationsDirectory?: string };

/** Applies the `migrations/*.sql` files not yet applied, tracked in the same table wrangler uses for D1. */
export function applySqliteMigrations(database: Database.Database, migrationsDirectory: string): string[] {
  database.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`);
  const applied = new Set(
    database
      .prepare('SELECT name FROM d1_migrations')
      .all()
      .map((row) => (row as { name: string }).name),
  );
  const pending = readdirSync(migrationsDirectory)
    .filter((name) => name.endsWith('.sql') && !applied.has(name))
    .sort();
  const record = database.prepare('INSERT INTO d1_migrations (name) VALUES (?)');
  for (const name of pending) {
    database.transaction(() => {
      database.exec(readFileSync(join(migrationsDirectory, name), 'utf8'));
      record.run(name);
    })();
  }
  return pending;
}

function openDatabase({ path, migrationsDirectory = MIGRATIONS_DIRECTORY }: SqliteStorageOptions) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 2000');
    applySqliteMigrations(database, migrationsDirectory);
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}

/**
 * Opens the database lazily: a missing or unwritable file makes each call fail with `storage_unavailable`
 * (answers keep flowing) and the next call tries again.
 */
export function createSqliteStorage(options: SqliteStorageOptions): Storage & { close(): void } {
  let database: Database.Database | undefined;
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    database ??= openDatabase(options);
    let statement = statements.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const storage = createSqlStorage({
    async run(sql, parameters: SqlValue[]) {
      return { changes: prepare(sql).run(...parameters).changes };
    },
    async all<ROW>(sql: string, parameters: SqlValue[]) {
      return prepare(sql).all(...parameters) as ROW[];
    },
  });
  return {
    ...storage,
    close() {
      statements.clear();
      database?.close();
      database = undefined;
    },
  };
}
