/** @module Canonical IDCC and NAF codes from what users type ("IDCC 787", "62.02 A"). */

const IDCC = /^(?:idcc\s*(?:n\s*[°o]\s*)?[:.]?\s*)?(\d{1,4})$/i;
const NAF = /^(\d{2})\s*\.?\s*(\d{2})\s*([a-z])$/i;

/** "787", "0787", "IDCC 787" → "0787"; anything else → null. */
export function normalizeIdcc(raw: string): string | null {
  const match = IDCC.exec(raw.trim());
  return match?.[1] ? match[1].padStart(4, '0') : null;
}

/** "6202A", "62.02A", "62.02 A" → "62.02A"; anything else → null. */
export function normalizeNaf(raw: string): string | null {
  const match = NAF.exec(raw.trim());
  return match ? `${match[1]}.${match[2]}${match[3]?.toUpperCase()}` : null;
}
