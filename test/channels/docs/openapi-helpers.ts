/** @module Reads an OpenAPI 3.1 document in tests: pointers, $ref inlining, operations and example values. */

export type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown>>;
};
export type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };
export type Operation = {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
  security?: Array<Record<string, string[]>>;
};

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Follows a local JSON pointer (`#/components/schemas/X`); undefined when it leads nowhere. */
export function resolvePointer(document: unknown, reference: string): unknown {
  if (!reference.startsWith('#/')) return undefined;
  return reference
    .slice(2)
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as JsonSchema)[key] : undefined),
      document,
    );
}

/** Every `$ref` string found anywhere in the value. */
export function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else collectRefs(child, found);
    }
  }
  return found;
}

/** Replaces each `$ref` by its target, so a schema can be compiled on its own. */
export function inlineRefs(value: unknown, document: unknown, depth = 0): unknown {
  if (depth > 30) throw new Error('$ref nesting too deep');
  if (Array.isArray(value)) return value.map((item) => inlineRefs(item, document, depth + 1));
  if (!value || typeof value !== 'object') return value;
  const record = value as JsonSchema;
  if (typeof record.$ref === 'string') {
    const target = resolvePointer(document, record.$ref);
    if (target === undefined) throw new Error(`unresolved $ref ${record.$ref}`);
    return inlineRefs(target, document, depth + 1);
  }
  return Object.fromEntries(
    Object.entries(record).map(([key, child]) => [key, inlineRefs(child, document, depth + 1)]),
  );
}

export function operationsOf(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      path,
      method,
      operation: item[method] as Operation,
    })),
  );
}

/** A value for a schema: its example, default, const or first enum value, else one built from required fields. */
export function exampleOf(schema: unknown, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 10) return null;
  const record = schema as JsonSchema;
  if (record.example !== undefined) return record.example;
  if (Array.isArray(record.examples) && record.examples.length > 0) return record.examples[0];
  if (record.default !== undefined) return record.default;
  if (record.const !== undefined) return record.const;
  if (Array.isArray(record.enum)) return record.enum[0];
  const variants = (record.anyOf ?? record.oneOf) as JsonSchema[] | undefined;
  if (variants)
    return exampleOf(variants.find((variant) => variant.type !== 'null') ?? variants[0], depth + 1);
  const type = Array.isArray(record.type) ? record.type.find((name) => name !== 'null') : record.type;
  if (type === 'object' || record.properties) {
    const required = (record.required as string[] | undefined) ?? [];
    const properties = (record.properties as Record<string, unknown> | undefined) ?? {};
    return Object.fromEntries(required.map((key) => [key, exampleOf(properties[key], depth + 1)]));
  }
  if (type === 'array') {
    const item = exampleOf(record.items, depth + 1);
    return item === null ? [] : [item];
  }
  if (type === 'integer' || type === 'number') return typeof record.minimum === 'number' ? record.minimum : 1;
  if (type === 'boolean') return true;
  if (type === 'string') return record.format === 'date' ? '2026-11-27' : 'exemple';
  return null;
}
