/** @module CORS from the ALLOWED_ORIGINS allowlist only (never `*`): lets host sites embed the widget. */
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'content-type, authorization, x-api-key, x-request-id';
const EXPOSED_HEADERS = 'x-request-id, retry-after';

function toOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Same-origin requests and requests without `Origin` pass untouched. Allowed origins get the CORS headers;
 * a preflight from any other origin is refused with 403, and other requests get no CORS headers (the browser blocks them).
 */
export function corsPolicy(allowedOrigins: readonly string[]): MiddlewareHandler {
  // why: `*` or a malformed entry is ignored rather than widening access to every site.
  const allowlist = new Set(allowedOrigins.map(toOrigin).filter((origin) => origin !== undefined));
  return async function corsPolicyMiddleware(c, next) {
    const origin = c.req.header('origin');
    if (!origin) return next();
    const allowed = allowlist.has(origin) && origin !== 'null';
    const isPreflight =
      c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (isPreflight) {
      if (!allowed) throw new AppError('forbidden', 'Cette origine n’est pas autorisée (ALLOWED_ORIGINS).');
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': '600',
        vary: 'Origin',
      });
    }
    await next();
    c.res.headers.append('vary', 'Origin');
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    }
  };
}
