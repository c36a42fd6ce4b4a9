/** @module Sends replies to the Bot Connector with an OAuth client-credentials token cached until it expires. */
import type { Logger } from '../../logger';
import type { TeamsActivity } from './teams-activity-schema';

export type BotConnectorClientOptions = {
  appId: string;
  appPassword: string;
  tenantId: string | undefined;
  /** Overrides the token endpoint (tests, sovereign clouds). */
  tokenUrl: string | undefined;
  fetch: typeof fetch;
  logger: Logger;
  now: () => Date;
};

export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;
const REQUEST_TIMEOUT_MS = 10_000;

/** Microsoft's token endpoint: the bot's own tenant for single-tenant bots, else botframework.com. */
export function defaultTokenUrl(tenantId: string | undefined): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId ?? 'botframework.com')}/oauth2/v2.0/token`;
}

export function createBotConnectorClient(options: BotConnectorClientOptions) {
  const tokenUrl = options.tokenUrl ?? defaultTokenUrl(options.tenantId);
  let cached: { token: Promise<string>; expiresAt: number } | undefined;

  async function requestToken(): Promise<{ token: string; expiresInSeconds: number }> {
    const response = await options.fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.appId,
        client_secret: options.appPassword,
        scope: BOT_FRAMEWORK_SCOPE,
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
    } | null;
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new Error(`token endpoint HTTP ${response.status}`);
    }
    const expiresInSeconds = Number(body.expires_in);
    return {
      token: body.access_token,
      expiresInSeconds: Number.isFinite(expiresInSeconds) ? expiresInSeconds : 0,
    };
  }

  function accessToken(): Promise<string> {
    const nowMs = options.now().getTime();
    if (cached && nowMs < cached.expiresAt) return cached.token;
    const pending = requestToken();
    const entry = { token: pending.then((result) => result.token), expiresAt: Number.POSITIVE_INFINITY };
    cached = entry;
    pending.then(
      (result) => {
        entry.expiresAt = nowMs + result.expiresInSeconds * 1000 - TOKEN_REFRESH_MARGIN_MS;
      },
      () => {
        if (cached === entry) cached = undefined;
      },
    );
    return entry.token;
  }

  /** Posts `message` in answer to `activity`; false (and a log line) when the connector cannot be reached. */
  async function reply(activity: TeamsActivity, message: Record<string, unknown>): Promise<boolean> {
    const base = `${activity.serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`;
    const url = activity.id ? `${base}/${encodeURIComponent(activity.id)}` : base;
    const body = JSON.stringify({
      ...message,
      from: activity.recipient,
      recipient: activity.from,
      conversation: activity.conversation,
      ...(activity.id ? { replyToId: activity.id } : {}),
    });
    for (let attempt = 1; attempt <= 2; attempt++) {
      let token: string;
      try {
        token = await accessToken();
      } catch (error) {
        options.logger.error('teams_token_failed', { name: (error as Error).name });
        return false;
      }
      let response: Response;
      try {
        response = await options.fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
          body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        options.logger.error('teams_connector_unreachable', { name: (error as Error).name });
        return false;
      }
      await response.body?.cancel();
      if (response.ok) return true;
      // why: a token revoked before its expiry is refused once; fetch a fresh one and retry.
      if (response.status === 401 && attempt === 1) {
        cached = undefined;
        continue;
      }
      options.logger.error('teams_reply_failed', { status: response.status });
      return false;
    }
    return false;
  }

  return { reply };
}

export type BotConnectorClient = ReturnType<typeof createBotConnectorClient>;
