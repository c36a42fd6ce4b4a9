/** @module An in-memory token bucket per key (Node, or Workers without a rate-limiting binding). */

export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

/** Counts one request for `key` and says whether it may proceed. */
export type RateLimiter = { consume(key: string): Promise<RateLimitDecision> };

export type TokenBucketOptions = {
  /** Bucket size and refill per minute. */
  limitPerMinute: number;
  now: () => Date;
  /** Above this many tracked keys, the least recently used are forgotten (bounds memory under floods). */
  maxKeys?: number;
};

type Bucket = { tokens: number; updatedAt: number };

const MINUTE_MS = 60_000;
const SWEEP_EVERY = 1000;

export function createTokenBucketLimiter(options: TokenBucketOptions): RateLimiter {
  const { limitPerMinute, now, maxKeys = 50_000 } = options;
  const refillPerMs = limitPerMinute / MINUTE_MS;
  // Map order is least recently used first: every update deletes and re-inserts its key.
  const buckets = new Map<string, Bucket>();
  let sinceSweep = 0;

  function forgetIdle(time: number) {
    for (const [key, bucket] of buckets) {
      if (time - bucket.updatedAt < MINUTE_MS) break;
      buckets.delete(key);
    }
  }

  return {
    async consume(key) {
      const time = now().getTime();
      const bucket = buckets.get(key);
      const elapsed = bucket ? Math.max(0, time - bucket.updatedAt) : 0;
      const available = bucket
        ? Math.min(limitPerMinute, bucket.tokens + elapsed * refillPerMs)
        : limitPerMinute;
      const allowed = available >= 1;
      buckets.delete(key);
      buckets.set(key, { tokens: allowed ? available - 1 : available, updatedAt: time });
      if (++sinceSweep >= SWEEP_EVERY) {
        sinceSweep = 0;
        forgetIdle(time);
      }
      while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return {
        allowed,
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - available) / refillPerMs / 1000)),
      };
    },
  };
}
