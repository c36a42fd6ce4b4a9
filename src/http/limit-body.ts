/** @module The request body limit (413 `payload_too_large`), checked only on methods that carry a body. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors';

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('payload_too_large');
    },
  });
  return async function limitBodyMiddleware(c, next) {
    // why: hono's check reads `c.req.raw.body`, which makes @hono/node-server build a full Request for every
    // request; that halves the throughput of GET routes, whose handlers never read a body.
    if (WITHOUT_BODY.has(c.req.method)) return next();
    return limit(c, next);
  };
}
