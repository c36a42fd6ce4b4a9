/** @module Reads and validates a JSON body: wrong type → 415, bad JSON → 400, too deep → 400, schema → 400 naming the field. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors';
import { toValidationError } from './validation-error';

const MAX_DEPTH = 20;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, depth + 1));
    if (deepest > MAX_DEPTH) break;
  }
  return deepest;
}

export async function readJson(c: Context): Promise<unknown> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) throw new AppError('unsupported_media_type');
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json');
  }
  if (depthOf(value) > MAX_DEPTH) {
    throw new AppError('invalid_request', `Le JSON est trop imbriqué (profondeur maximale : ${MAX_DEPTH}).`);
  }
  return value;
}

export async function readJsonBody<SCHEMA extends z.ZodType>(
  c: Context,
  schema: SCHEMA,
): Promise<z.infer<SCHEMA>> {
  const value = await readJson(c);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw toValidationError(parsed.error);
  return parsed.data;
}
