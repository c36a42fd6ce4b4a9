import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanJsonSchema, providerSchema } from '../../../src/chat/tools/provider-schema';

describe('providerSchema', () => {
  const schema = z.object({
    headcount: z.number().int().min(0).describe('Effectif.'),
    share: z.number().min(0).max(1),
    startDate: z.iso.date().describe('AAAA-MM-JJ.'),
  });

  it('drops $schema, ±2^53 bounds and long patterns, keeps real bounds and the date format', async () => {
    const json = JSON.stringify(await providerSchema(schema).jsonSchema);
    expect(json).not.toContain('$schema');
    expect(json).not.toContain('9007199254740991');
    expect(json).not.toContain('pattern');
    expect(JSON.parse(json).properties).toMatchObject({
      headcount: { type: 'integer', minimum: 0, description: 'Effectif.' },
      share: { minimum: 0, maximum: 1 },
      startDate: { type: 'string', format: 'date' },
    });
  });

  it('still validates with the zod schema', async () => {
    const validate = providerSchema(schema).validate!;
    expect(await validate({ headcount: 3, share: 0.5, startDate: '2026-02-30' })).toMatchObject({
      success: false,
    });
    expect(await validate({ headcount: 3, share: 0.5, startDate: '2026-02-28' })).toMatchObject({
      success: true,
    });
  });

  it('keeps short patterns', () => {
    expect(cleanJsonSchema({ type: 'string', pattern: '^\\d{4}$' })).toEqual({
      type: 'string',
      pattern: '^\\d{4}$',
    });
  });
});
