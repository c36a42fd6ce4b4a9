// Minimal typing of the pool-workers test helpers used by the D1 tests.
declare module 'cloudflare:test' {
  export type D1Migration = { name: string; queries: string[] };
  export function applyD1Migrations(
    database: unknown,
    migrations: D1Migration[],
    table?: string,
  ): Promise<void>;
  export function createExecutionContext(): {
    waitUntil(promise: Promise<unknown>): void;
    passThroughOnException(): void;
    props: unknown;
  };
  export function waitOnExecutionContext(context: unknown): Promise<void>;
}
