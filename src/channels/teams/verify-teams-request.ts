/** @module Validates the Bot Connector's JWT with jose: OpenID metadata → JWKS, issuer, audience, expiry, RS256, endorsements, serviceUrl. */
import { createRemoteJWKSet, customFetch, type JWTPayload, jwtVerify } from 'jose';
import { z } from 'zod';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';

export type TeamsRequestVerifierOptions = {
  appId: string;
  openIdMetadataUrl: string;
  issuer: string;
  fetch: typeof fetch;
  logger: Logger;
  now: () => Date;
};

// why: the Bot Framework SDK accepts five minutes of clock skew; we use the same tolerance.
const CLOCK_TOLERANCE_SECONDS = 5 * 60;
const METADATA_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const openIdMetadataSchema = z.object({ jwks_uri: z.url({ protocol: /^https?$/ }) });

type KeySet = ReturnType<typeof createRemoteJWKSet>;

const rejected = () => new AppError('unauthorized', 'Jeton Bot Framework absent ou invalide.');

/** A failed check of ours, logged with a stable reason like jose's error codes. */
class ClaimMismatch extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Builds a verifier that caches the OpenID metadata (a day) and the signing keys (jose's JWKS cache). */
export function createTeamsRequestVerifier(options: TeamsRequestVerifierOptions) {
  let cached: { keySet: Promise<KeySet>; loadedAt: number } | undefined;

  async function loadKeySet(): Promise<KeySet> {
    const response = await options.fetch(options.openIdMetadataUrl, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`OpenID metadata HTTP ${response.status}`);
    const metadata = openIdMetadataSchema.parse(await response.json());
    return createRemoteJWKSet(new URL(metadata.jwks_uri), {
      cacheMaxAge: METADATA_MAX_AGE_MS,
      [customFetch]: (url, init) => options.fetch(url, init),
    });
  }

  function keySet(): Promise<KeySet> {
    const nowMs = options.now().getTime();
    if (!cached || nowMs - cached.loadedAt > METADATA_MAX_AGE_MS) {
      const pending = loadKeySet();
      cached = { keySet: pending, loadedAt: nowMs };
      pending.catch(() => {
        if (cached?.keySet === pending) cached = undefined;
      });
    }
    return cached.keySet;
  }

  /** Resolves with the token's claims, or throws a 401 AppError. `activity` is the parsed body (unvalidated). */
  return async function verifyTeamsRequest(
    authorization: string | undefined,
    activity: unknown,
  ): Promise<JWTPayload> {
    const token = /^Bearer\s+([\w-]+\.[\w-]*\.[\w-]*)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      options.logger.warn('teams_token_rejected', { reason: 'missing_token' });
      throw rejected();
    }
    let keys: KeySet;
    try {
      keys = await keySet();
    } catch (error) {
      options.logger.error('teams_openid_metadata_unavailable', { name: (error as Error).name });
      throw rejected();
    }
    try {
      const { payload, protectedHeader } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.appId,
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
        currentDate: options.now(),
      });
      const { serviceUrl, channelId } = (activity ?? {}) as { serviceUrl?: unknown; channelId?: unknown };
      if (typeof payload.serviceUrl !== 'string' || payload.serviceUrl !== serviceUrl) {
        throw new ClaimMismatch('service_url_mismatch');
      }
      // why: a signing key may only vouch for the channels listed in its endorsements; a missing or empty channelId
      // is endorsed by no key, so it cannot be used to skip the check.
      const key = keys.jwks()?.keys.find((candidate) => candidate.kid === protectedHeader.kid) as
        | { endorsements?: unknown }
        | undefined;
      const endorsements = Array.isArray(key?.endorsements) ? key.endorsements : [];
      if (typeof channelId !== 'string' || !channelId || !endorsements.includes(channelId)) {
        throw new ClaimMismatch('channel_not_endorsed');
      }
      return payload;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      options.logger.warn('teams_token_rejected', {
        reason: typeof code === 'string' ? code : 'invalid_token',
      });
      throw rejected();
    }
  };
}
