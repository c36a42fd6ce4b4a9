/** @module A tool input schema as providers accept it: no `$schema`, no ±2^53 bounds, no long date regexes; zod still validates. */
import { jsonSchema, type Schema } from 'ai';
import { z } from 'zod';

type JsonSchema = Parameters<typeof jsonSchema>[0] & Record<string, unknown>;

const LONG_PATTERN = 40;

/** Drops what strict providers reject or choke on; `format: "date"` and the description still say what is expected. */
export function cleanJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(cleanJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    const unsafeBound = typeof value === 'number' && Math.abs(value) >= Number.MAX_SAFE_INTEGER;
    if ((key === 'minimum' || key === 'maximum') && unsafeBound) continue;
    if (key === 'pattern' && typeof value === 'string' && value.length > LONG_PATTERN) continue;
    cleaned[key] = cleanJsonSchema(value);
  }
  return cleaned;
}

// why: the tools are built per request; converting each schema once keeps that off the first-byte path.
const converted = new WeakMap<z.ZodType, JsonSchema>();

/** The provider sees the cleaned JSON Schema; the SDK validates the model's input with the original zod schema. */
export function providerSchema<T extends z.ZodType>(schema: T): Schema<z.output<T>> {
  const json =
    converted.get(schema) ??
    (cleanJsonSchema(z.toJSONSchema(schema, { target: 'draft-07', io: 'input' })) as JsonSchema);
  converted.set(schema, json);
  return jsonSchema<z.output<T>>(json, {
    validate: (value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? { success: true, value: parsed.data } : { success: false, error: parsed.error };
    },
  });
}
