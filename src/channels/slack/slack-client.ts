/** @module A small Slack Web API client: checks `ok:false` even on HTTP 200, retries rate limits, never throws. */
import type { Logger } from '../../logger';

export type SlackClientOptions = {
  apiUrl: string;
  botToken: string;
  fetch: typeof fetch;
  logger: Logger;
  /** Total tries for a rate-limited call, default 3. */
  maxAttempts?: number;
};

export type SlackCallResult = { ok: true; body: Record<string, unknown> } | { ok: false; error: string };

export type SlackClient = {
  /** Calls a Web API method; `form` encoding is for read methods that do not accept JSON. */
  call(
    method: string,
    payload: Record<string, unknown>,
    encoding?: 'json' | 'form',
  ): Promise<SlackCallResult>;
  /** Posts a message to a `response_url` of a slash command or an interaction. */
  respond(responseUrl: string, payload: Record<string, unknown>): Promise<boolean>;
};

const MAX_RETRY_WAIT_SECONDS = 30;
const REQUEST_TIMEOUT_MS = 10_000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function retryAfterSeconds(response: Response): number {
  const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

function toForm(payload: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value !== undefined) form.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}

export function createSlackClient(options: SlackClientOptions): SlackClient {
  const maxAttempts = options.maxAttempts ?? 3;
  const apiUrl = options.apiUrl.replace(/\/+$/, '');

  /** Sends with bounded retries on 429; undefined when Slack cannot be reached or keeps refusing. */
  async function send(label: string, url: string, init: RequestInit): Promise<Response | undefined> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let response: Response;
      try {
        response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (error) {
        options.logger.error('slack_unreachable', { call: label, name: (error as Error).name });
        return undefined;
      }
      if (response.status !== 429) return response;
      const wait = retryAfterSeconds(response);
      await response.body?.cancel();
      if (attempt === maxAttempts || wait > MAX_RETRY_WAIT_SECONDS) {
        options.logger.error('slack_rate_limited', { call: label, attempt, retryAfterSeconds: wait });
        return undefined;
      }
      options.logger.warn('slack_rate_limited_retrying', { call: label, attempt, retryAfterSeconds: wait });
      await sleep(wait * 1000);
    }
    return undefined;
  }

  return {
    async call(method, payload, encoding = 'json') {
      const response = await send(method, `${apiUrl}/${method}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.botToken}`,
          'content-type':
            encoding === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded',
        },
        body: encoding === 'json' ? JSON.stringify(payload) : toForm(payload),
      });
      if (!response) return { ok: false, error: 'unreachable' };
      if (!response.ok) {
        await response.body?.cancel();
        options.logger.error('slack_api_failed', { call: method, status: response.status });
        return { ok: false, error: `http_${response.status}` };
      }
      const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      if (body?.ok !== true) {
        const error = typeof body?.error === 'string' ? body.error.slice(0, 80) : 'invalid_response';
        options.logger.error('slack_api_error', { call: method, error });
        return { ok: false, error };
      }
      return { ok: true, body };
    },

    async respond(responseUrl, payload) {
      const response = await send('response_url', responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload),
      });
      if (!response) return false;
      await response.body?.cancel();
      if (!response.ok) {
        options.logger.error('slack_response_url_failed', { status: response.status });
        return false;
      }
      return true;
    },
  };
}
