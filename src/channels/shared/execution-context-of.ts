/** @module The Workers execution context of a request, or undefined on Node. */
import type { Context } from 'hono';

type WaitUntilContext = { waitUntil(promise: Promise<unknown>): void };

/** Returns `c.executionCtx` on Workers; on Node Hono throws when it is read, so this returns undefined. */
export function executionContextOf(c: Context): WaitUntilContext | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}
