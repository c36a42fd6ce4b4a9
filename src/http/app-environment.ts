/** @module Hono typing shared by every route: Workers bindings and per-request variables. */
export type AppEnvironment = {
  Bindings: Record<string, unknown>;
  Variables: { requestId: string };
};
