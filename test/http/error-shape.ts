/** @module Assertions shared by the hardening, rate-limit and fuzz tests: the shared JSON error shape, never internals. */
import { expect } from 'vitest';
import { ERROR_CATALOG, type ErrorCode } from '../../src/errors';

const INTERNALS = /\bat \S+ \(|node_modules|\/src\/|\.ts:\d+|TypeError|ReferenceError|SyntaxError|ZodError/;

/** Reads the body and checks `{ error: { code, message } }` with a known code and a non-empty French message. */
export async function expectErrorShape(response: Response, status?: number, code?: ErrorCode) {
  const text = await response.text();
  if (status !== undefined) expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type'), text).toMatch(/^application\/json/);
  expect(text).not.toMatch(INTERNALS);
  const body = JSON.parse(text) as { error: { code: ErrorCode; message: string; requestId?: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(ERROR_CATALOG)).toContain(body.error.code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  if (code !== undefined) expect(body.error.code, text).toBe(code);
  return body;
}
