/** @module How a dated value is introduced in French: from its effective date, or only as seen on a date, and whether it was checked. */
import type { DatedValue } from '../parameters/value-at';
import { formatDate } from './format-french';

/** "en vigueur depuis le 1er juillet 2025", or "constatée le 6 janvier 2025 (date d’entrée en vigueur non connue)". */
export function sinceText(dated: Pick<DatedValue, 'effectiveDate' | 'observedOn'>): string {
  return dated.observedOn
    ? `constatée le ${formatDate(dated.observedOn)} (date d’entrée en vigueur non connue)`
    : `en vigueur depuis le ${formatDate(dated.effectiveDate)}`;
}

/** "vérifiée le 29 novembre 2026", or "non vérifiée auprès de sa source". */
export function verificationText(dated: Pick<DatedValue, 'lastVerifiedOn'>): string {
  return dated.lastVerifiedOn
    ? `vérifiée le ${formatDate(dated.lastVerifiedOn)}`
    : 'non vérifiée auprès de sa source';
}
