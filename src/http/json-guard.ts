/** @module Rejects bad JSON bodies before any handler: wrong type (415), malformed or too deep (400). */
import type { MiddlewareHandler } from 'hono';
import { readJson } from './read-json-body';

/** Applies to POST/PUT/PATCH requests on JSON routes; Slack and Teams have their own formats and checks. */
export function jsonGuard(): MiddlewareHandler {
  return async function jsonGuardMiddleware(c, next) {
    if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') await readJson(c);
    await next();
  };
}
