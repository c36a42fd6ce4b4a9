/** @module A short summary of what the user told us, handed to an Atlas adviser with a handoff. */
import type { Language } from '../../search';
import type { Understanding } from '../understand/understand-question';
import { formatAmount, formatDay, MESSAGES } from './wording';

export function caseSummary(understanding: Understanding, language: Language): string {
  const slots = understanding.slots as Record<string, unknown>;
  const parts = Object.entries(MESSAGES.summary).flatMap(([slot, wording]) => {
    const value = slots[slot];
    if (value === undefined || value === null || value === '') return [];
    const shown =
      typeof value === 'number'
        ? formatAmount(value)
        : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? formatDay(value, language)
          : String(value).replace(/_/g, ' ');
    return [wording[language].replace('{value}', shown)];
  });
  if (parts.length === 0) return '';
  return `${MESSAGES.summaryTitle[language]} ${parts.join(', ')}.`;
}
