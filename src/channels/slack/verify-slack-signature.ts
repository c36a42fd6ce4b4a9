/** @module Checks Slack's v0 request signature (HMAC-SHA256 of the raw body) with WebCrypto. */

/** Slack's replay window: requests older or newer than five minutes are refused. */
export const SLACK_REPLAY_WINDOW_SECONDS = 5 * 60;

export type SlackSignatureInput = {
  signingSecret: string;
  /** `X-Slack-Request-Timestamp`, in seconds. */
  timestamp: string | undefined;
  /** `X-Slack-Signature`, `v0=<hex>`. */
  signature: string | undefined;
  rawBody: string;
  now: Date;
};

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/** True when the signature is present, fresh and matches `v0:{timestamp}:{rawBody}`. */
export async function verifySlackSignature(input: SlackSignatureInput): Promise<boolean> {
  const { timestamp, signature } = input;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (!signature || !/^v0=[0-9a-f]{64}$/i.test(signature)) return false;
  const ageSeconds = Math.abs(input.now.getTime() / 1000 - Number(timestamp));
  if (ageSeconds > SLACK_REPLAY_WINDOW_SECONDS) return false;
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(input.signingSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  // why: subtle.verify compares the MACs in constant time, unlike a string comparison.
  return crypto.subtle.verify(
    'HMAC',
    key,
    hexToBytes(signature.slice(3)),
    encoder.encode(`v0:${timestamp}:${input.rawBody}`),
  );
}
