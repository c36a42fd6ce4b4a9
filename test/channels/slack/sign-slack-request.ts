/** @module Signs a test request the way Slack does (node:crypto, independent of the code under test). */
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEST_BOT_TOKEN = 'xoxb-test-0000-1111-abcdef';

export function signedSlackRequest(
  rawBody: string,
  options: {
    contentType: 'application/x-www-form-urlencoded' | 'application/json';
    timestamp: number;
    secret?: string;
    headers?: Record<string, string>;
  },
): RequestInit {
  const signature = createHmac('sha256', options.secret ?? TEST_SIGNING_SECRET)
    .update(`v0:${options.timestamp}:${rawBody}`)
    .digest('hex');
  return {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': String(options.timestamp),
      'x-slack-signature': `v0=${signature}`,
      ...options.headers,
    },
    body: rawBody,
  };
}

/** Encodes a fixture the way Slack posts slash commands and interactions. */
export const toForm = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
