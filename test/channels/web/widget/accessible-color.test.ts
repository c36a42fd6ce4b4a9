import { describe, expect, it } from 'vitest';
import {
  BUBBLE_BACKGROUND,
  contrastRatio,
  DEFAULT_ACCENT,
  parseHexColor,
  pickAccentColor,
} from '../../../../src/channels/web/widget/accessible-color';

describe('pickAccentColor', () => {
  it('keeps a dark enough colour, normalised', () => {
    expect(pickAccentColor('#1A1A6E')).toBe('#1a1a6e');
    expect(pickAccentColor('#036')).toBe('#003366');
  });

  it('falls back to the default for light, invalid or hostile values', () => {
    for (const value of [
      '#ffcc00',
      '#77aaff',
      'red',
      'url(x)',
      '#12345',
      '',
      null,
      undefined,
      '#fff;}*{display:none',
    ]) {
      expect(pickAccentColor(value)).toBe(DEFAULT_ACCENT);
    }
  });

  it('has a default that meets WCAG AA with white text and on answer bubbles', () => {
    expect(contrastRatio(DEFAULT_ACCENT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DEFAULT_ACCENT, BUBBLE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(parseHexColor('abc')).toBe('#aabbcc');
  });
});
