/** @module `X-Content-Type-Options: nosniff` on every response (JSON, errors, streams), unless a route set its own. */
import type { MiddlewareHandler } from 'hono';

export function nosniff(): MiddlewareHandler {
  return async function nosniffMiddleware(c, next) {
    await next();
    if (!c.res.headers.has('x-content-type-options')) c.res.headers.set('x-content-type-options', 'nosniff');
  };
}
