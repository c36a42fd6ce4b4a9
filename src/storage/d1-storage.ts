/** @module Storage on Cloudflare D1 (binding `DB`); the schema comes from `migrations/` via `wrangler d1 migrations apply`. */
import { createSqlStorage, type SqlValue } from './sql-storage';
import type { Storage } from './storage';

/** The part of the D1 binding we use (structural, so no Workers types are needed). */
export type D1DatabaseBinding = {
  prepare(sql: string): {
    bind(...values: SqlValue[]): {
      run(): Promise<{ meta: { changes?: number } }>;
      all<ROW>(): Promise<{ results: ROW[] }>;
    };
  };
};

export function createD1Storage(binding: D1DatabaseBinding): Storage {
  return createSqlStorage({
    async run(sql, parameters) {
      const result = await binding
        .prepare(sql)
        .bind(...parameters)
        .run();
      return { changes: result.meta.changes ?? 0 };
    },
    async all<ROW>(sql: string, parameters: SqlValue[]) {
      const result = await binding
        .prepare(sql)
        .bind(...parameters)
        .all<ROW>();
      return result.results;
    },
  });
}

/** True when a Worker binding looks like a D1 database. */
export function isD1Binding(value: unknown): value is D1DatabaseBinding {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { prepare?: unknown }).prepare === 'function'
  );
}
