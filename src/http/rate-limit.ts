/** @module Per-client rate limit on /v1/* and /api/*: the Workers rate-limiting binding when bound, else a token bucket. */
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { createClientAddress } from './client-address';
import { createTokenBucketLimiter, type RateLimitDecision, type RateLimiter } from './token-bucket';

/** The Workers Rate Limiting API binding (`[[ratelimits]]` in wrangler.toml). */
export type RateLimitBinding = { limit(options: { key: string }): Promise<{ success: boolean }> };

export const RATE_LIMIT_BINDING = 'RATE_LIMITER';
/** The binding counts per fixed 60 s window and cannot tell when it reopens. */
const BINDING_RETRY_AFTER_SECONDS = 60;
// Slack and Teams are authenticated by signature or token; /healthz, the page and the widget are cheap and static.
const LIMITED_PATHS = /^\/(?:v1|api)\//;

export type RateLimitOptions = {
  config: Pick<Config, 'rateLimitPerMinute' | 'apiKeys' | 'trustProxy'>;
  now: () => Date;
  logger: Logger;
};

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function isRateLimitBinding(value: unknown): value is RateLimitBinding {
  return (
    typeof value === 'object' && value !== null && typeof (value as RateLimitBinding).limit === 'function'
  );
}

function bindingLimiter(binding: RateLimitBinding): RateLimiter {
  return {
    async consume(key) {
      const { success } = await binding.limit({ key });
      return { allowed: success, retryAfterSeconds: success ? 0 : BINDING_RETRY_AFTER_SECONDS };
    },
  };
}

/**
 * Workers: the `[[ratelimits]]` binding of wrangler.toml, the one place the limit is defined there. Node:
 * `RATE_LIMIT_PER_MINUTE` requests per client (0 or unset: off). Over the limit → 429 with Retry-After.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const { rateLimitPerMinute, apiKeys } = options.config;
  const clientAddress = createClientAddress(options.config.trustProxy);
  const memoryLimiter =
    rateLimitPerMinute > 0
      ? createTokenBucketLimiter({ limitPerMinute: rateLimitPerMinute, now: options.now })
      : undefined;
  // why: only hashes are kept, so the raw keys never sit in a long-lived structure here.
  let apiKeyHashes: Promise<Set<string>> | undefined;

  async function bucketKey(c: Context): Promise<string | undefined> {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (token && apiKeys.length > 0) {
      apiKeyHashes ??= Promise.all(apiKeys.map(sha256Hex)).then((hashes) => new Set(hashes));
      const hash = await sha256Hex(token);
      // A valid API key gets its own budget (help desks share an IP); any other token counts for its IP.
      if ((await apiKeyHashes).has(hash)) return `key:${hash.slice(0, 32)}`;
    }
    const address = clientAddress(c);
    return address === undefined ? undefined : `ip:${address}`;
  }

  return async function rateLimitMiddleware(c, next) {
    if (c.req.method === 'OPTIONS' || !LIMITED_PATHS.test(c.req.path)) return next();
    const binding = (c.env as Record<string, unknown> | undefined)?.[RATE_LIMIT_BINDING];
    const limiter = isRateLimitBinding(binding) ? bindingLimiter(binding) : memoryLimiter;
    if (!limiter) return next();
    const key = await bucketKey(c);
    if (key === undefined) return next();
    let decision: RateLimitDecision;
    try {
      decision = await limiter.consume(key);
    } catch (error) {
      // why: the limiter is a brake, not a gate; if it is down, keep serving.
      options.logger.warn('rate_limiter_unavailable', {
        name: error instanceof Error ? error.name : 'unknown',
      });
      return next();
    }
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      throw new AppError(
        'rate_limited',
        `Trop de requêtes. Patientez ${seconds} seconde${seconds > 1 ? 's' : ''} avant de réessayer.`,
        { headers: { 'Retry-After': String(seconds) } },
      );
    }
    await next();
  };
}
