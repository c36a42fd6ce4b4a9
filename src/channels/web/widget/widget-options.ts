/** @module Reads the embedding `<script>` tag: data-api, data-title, data-color, data-position. */
import { pickAccentColor } from './accessible-color';

export type WidgetOptions = { api: string; title: string; accent: string; position: 'left' | 'right' };

export function readWidgetOptions(script: HTMLScriptElement | null): WidgetOptions {
  const data = script?.dataset ?? {};
  let scriptOrigin = location.origin;
  try {
    if (script?.src) scriptOrigin = new URL(script.src, location.href).origin;
  } catch {
    // keep the page origin
  }
  return {
    api: (data.api?.trim() || scriptOrigin).replace(/\/+$/, ''),
    title: data.title?.trim().slice(0, 80) || 'Assistant OPCO Atlas',
    accent: pickAccentColor(data.color),
    position: data.position === 'left' ? 'left' : 'right',
  };
}
