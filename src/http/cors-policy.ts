/** @module CORS from the ALLOWED_ORIGINS allowlist only (never `*`), with Hono's cors: lets host sites embed the widget. */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { AppError } from '../errors';

const ALLOWED_METHODS = ['GET', 'POST', 'OPTIONS'];
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'x-request-id'];
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];

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
  const isAllowed = (origin: string) => allowlist.has(origin) && origin !== 'null';
  const headers = cors({
    origin: (origin) => (isAllowed(origin) ? origin : null),
    allowMethods: ALLOWED_METHODS,
    allowHeaders: ALLOWED_HEADERS,
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  return async function corsPolicyMiddleware(c, next) {
    const origin = c.req.header('origin');
    if (!origin) return next();
    const isPreflight =
      c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    // why: hono's cors answers a refused preflight 204 without headers; a clear 403 tells the integrator why.
    if (isPreflight && !isAllowed(origin)) {
      throw new AppError('forbidden', 'Cette origine n’est pas autorisée (ALLOWED_ORIGINS).');
    }
    return headers(c, next);
  };
}
