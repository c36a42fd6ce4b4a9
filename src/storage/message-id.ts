/**
 * @module Server-issued message ids: UUID v4 strings whose second half is an HMAC of the first, so feedback is
 * accepted only for answers this server gave, without storing anything (works with LOG_QUESTIONS=false).
 */
import { hmacSha256 } from './hmac-sha256';

const encoder = new TextEncoder();
let processKey: Uint8Array | undefined;

/** MESSAGE_ID_SECRET, or a random key for this process (its ids then stop verifying after a restart). */
function keyFor(secret: string | undefined): Uint8Array {
  if (secret) return encoder.encode(secret);
  // why: generated lazily, since Workers forbid random values at global scope.
  processKey ??= crypto.getRandomValues(new Uint8Array(32));
  return processKey;
}

function tag(nonce: Uint8Array, secret: string | undefined): Uint8Array {
  const mac = hmacSha256(keyFor(secret), nonce).slice(0, 8);
  mac[0] = 0x80 | ((mac[0] ?? 0) & 0x3f); // RFC 4122 variant bits
  return mac;
}

function toUuid(bytes: Uint8Array): string {
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new message id: 60 random bits, then 62 bits of HMAC over them, formatted as a UUID v4. */
export function issueMessageId(secret: string | undefined): string {
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  nonce[6] = 0x40 | ((nonce[6] ?? 0) & 0x0f); // version 4
  const bytes = new Uint8Array(16);
  bytes.set(nonce, 0);
  bytes.set(tag(nonce, secret), 8);
  return toUuid(bytes);
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** True only for an id issued by `issueMessageId` with the same secret (compared in constant time). */
export function isIssuedMessageId(id: string, secret: string | undefined): boolean {
  if (!UUID_V4.test(id)) return false;
  const hex = id.replaceAll('-', '').toLowerCase();
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  const expected = tag(bytes.slice(0, 8), secret);
  let difference = 0;
  for (let index = 0; index < 8; index++) difference |= (expected[index] ?? 0) ^ (bytes[8 + index] ?? 0);
  return difference === 0;
}
