/** @module Validates the host's `data-color` for WCAG AA contrast with white text, with a dark accessible fallback. */

export const DEFAULT_ACCENT = '#0b4f8a';
/** The lightest-but-one surface the accent sits on (answer bubbles); white is lighter, so it passes too. */
export const BUBBLE_BACKGROUND = '#f3f4f6';
const MINIMUM_CONTRAST = 4.5;

/** Normalises `#rgb` or `#rrggbb` to `#rrggbb`; anything else is rejected. */
export function parseHexColor(value: string | null | undefined): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((channel) =>
    channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The accent colour: the requested one when it reaches 4.5:1 against the answer bubbles (and so against white,
 * which also covers white text on it), else the default.
 */
export function pickAccentColor(requested: string | null | undefined): string {
  const color = parseHexColor(requested);
  return color && contrastRatio(color, BUBBLE_BACKGROUND) >= MINIMUM_CONTRAST ? color : DEFAULT_ACCENT;
}
