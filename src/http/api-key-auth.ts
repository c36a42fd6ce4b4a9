/** @module Bearer API keys for the help-desk API: every /v1/* route except /v1/feedback when API_KEYS is set. */
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors';

/**
 * Paths without an API key: feedback comes from end-user surfaces that cannot hold a secret, and
 * operator routes carry ADMIN_TOKEN in the same Authorization header and check it themselves.
 */
export const API_KEY_EXEMPT_PATHS = [/^\/v1\/feedback(?:\/|$)/, /^\/v1\/admin\//];

/** True for the /v1/* paths that need `Authorization: Bearer <API key>` when API_KEYS is set. */
export const requiresApiKey = (path: string) =>
  path.startsWith('/v1/') && !API_KEY_EXEMPT_PATHS.some((exempt) => exempt.test(path));

const encoder = new TextEncoder();

const digest = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));

/** Compares two secrets in constant time; hashing first hides their lengths as well. */
export async function secretsEqual(left: string, right: string): Promise<boolean> {
  const [leftDigest, rightDigest] = await Promise.all([digest(left), digest(right)]);
  let difference = 0;
  for (let index = 0; index < leftDigest.length; index++) {
    difference |= (leftDigest[index] ?? 0) ^ (rightDigest[index] ?? 0);
  }
  return difference === 0;
}

/** Requires `Authorization: Bearer <key>` matching one of `apiKeys`; lets everything through when the list is empty. */
export function apiKeyAuth(apiKeys: readonly string[]): MiddlewareHandler {
  return async function apiKeyAuthMiddleware(c, next) {
    if (apiKeys.length === 0 || c.req.method === 'OPTIONS' || !requiresApiKey(c.req.path)) {
      return next();
    }
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    let matched = false;
    if (presented) {
      // why: check every key, without stopping at the first match, so timing does not reveal which one matched.
      for (const key of apiKeys) matched = (await secretsEqual(presented, key)) || matched;
    }
    if (!matched)
      throw new AppError('unauthorized', undefined, { headers: { 'www-authenticate': 'Bearer' } });
    return next();
  };
}
