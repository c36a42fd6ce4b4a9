/** @module Bearer API keys for the help-desk API: every /v1/* route except /v1/feedback when API_KEYS is set. */
import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { timingSafeEqual } from 'hono/utils/buffer';
import { AppError } from '../errors';

/**
 * Paths without an API key: feedback comes from end-user surfaces that cannot hold a secret, and
 * operator routes carry ADMIN_TOKEN in the same Authorization header and check it themselves.
 */
export const API_KEY_EXEMPT_PATHS = [/^\/v1\/feedback(?:\/|$)/, /^\/v1\/admin\//];

/** True for the /v1/* paths that need `Authorization: Bearer <API key>` when API_KEYS is set. */
export const requiresApiKey = (path: string) =>
  path.startsWith('/v1/') && !API_KEY_EXEMPT_PATHS.some((exempt) => exempt.test(path));

/**
 * Hono's bearerAuth, whose refusals (no header, another scheme, wrong token) all become one catalogue error:
 * 401 `unauthorized` with `WWW-Authenticate`, in our shape, whatever went wrong.
 */
export function bearerGuard(options: {
  verifyToken(token: string): Promise<boolean>;
  message?: string;
  wwwAuthenticate?: string;
}): MiddlewareHandler {
  const refuse = () => {
    throw new AppError('unauthorized', options.message, {
      headers: { 'www-authenticate': options.wwwAuthenticate ?? 'Bearer' },
    });
  };
  return bearerAuth({
    verifyToken: options.verifyToken,
    noAuthenticationHeader: { message: refuse },
    invalidAuthenticationHeader: { message: refuse },
    invalidToken: { message: refuse },
  });
}

/** Requires `Authorization: Bearer <key>` matching one of `apiKeys`; lets everything through when the list is empty. */
export function apiKeyAuth(apiKeys: readonly string[]): MiddlewareHandler {
  const guard = bearerGuard({
    async verifyToken(token) {
      let matched = false;
      // why: check every key, without stopping at the first match, so timing does not reveal which one matched.
      for (const key of apiKeys) matched = (await timingSafeEqual(key, token)) || matched;
      return matched;
    },
  });
  return async function apiKeyAuthMiddleware(c, next) {
    if (apiKeys.length === 0 || c.req.method === 'OPTIONS' || !requiresApiKey(c.req.path)) {
      return next();
    }
    return guard(c, next);
  };
}
