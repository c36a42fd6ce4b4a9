import { describe, expect, it } from 'vitest';
import { keepAllowedLinks } from '../../../src/chat/llm/keep-allowed-links';

const ALLOWED = new Set(['opco-atlas.fr', 'service-public.fr']);

describe('keepAllowedLinks', () => {
  it.each([
    [
      '[critères](https://www.opco-atlas.fr/criteres-financement.html)',
      '[critères](https://www.opco-atlas.fr/criteres-financement.html)',
    ],
    [
      '[fiche](https://entreprendre.service-public.fr/vosdroits/F22570)',
      '[fiche](https://entreprendre.service-public.fr/vosdroits/F22570)',
    ],
    ['[offre](https://evil.example/offre)', 'offre'],
    ['[](https://evil.example/offre)', 'evil.example'],
    ['Voir https://evil.example/x.', 'Voir evil.example/x.'],
    ['Voir <https://evil.example/x>', 'Voir evil.example/x'],
    ['Voir https://www.opco-atlas.fr/contact.html.', 'Voir https://www.opco-atlas.fr/contact.html.'],
    ['[piège](https://opco-atlas.fr.evil.example/)', 'piège'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
  ])('%s', (text, expected) => {
    expect(keepAllowedLinks(text, ALLOWED)).toBe(expected);
  });
});
