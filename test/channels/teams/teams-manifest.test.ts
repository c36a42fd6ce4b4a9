import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../../teams/manifest.json' with { type: 'json' };

const pngSize = (path: string) => {
  const bytes = readFileSync(new URL(`../../../teams/${path}`, import.meta.url));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('teams/manifest.json', () => {
  it('declares one bot, usable in personal chats, teams and group chats', () => {
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0]?.botId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('respects the Teams length limits and ships its icons (192 px colour, 32 px outline)', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(pngSize(manifest.icons.color)).toEqual([192, 192]);
    expect(pngSize(manifest.icons.outline)).toEqual([32, 32]);
  });
});
