/** @module French formatting of numbers, amounts, rates and dates for steps and passages. */

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "6 000", "9,15", "1 372,5" → with a plain space between thousands and a decimal comma. */
export function formatNumber(value: number): string {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
  const [integer = '', decimals] = fixed.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return decimals ? `${grouped},${decimals}` : grouped;
}

export function formatEuros(value: number, taxSuffix = ''): string {
  const fixed = Number.isInteger(value) ? formatNumber(value) : formatNumber(value).replace(/,(\d)$/, ',$10');
  return `${fixed} €${taxSuffix ? ` ${taxSuffix}` : ''}`;
}

const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });

/** A rate stored as a fraction (0.2) shown as a percentage ("20 %"). */
export function formatRate(fraction: number): string {
  return PERCENT.format(fraction).replace(/[\u00a0\u202f]/g, ' ');
}

/** "2025-07-01" → "1er juillet 2025". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** A rule value shown with its unit, as users write it. */
export function formatValue(value: unknown, unit: string): string {
  if (typeof value !== 'number') return String(value);
  if (unit === 'eur_ht' || unit === 'eur_ht_per_hour') return formatEuros(value, 'HT');
  if (unit.startsWith('eur')) return formatEuros(value);
  if (unit === 'rate') return formatRate(value);
  return formatNumber(value);
}

export function roundCents(value: number): number {
  return Number(value.toFixed(2));
}

/** "OPCO Atlas" → "l’OPCO Atlas"; "AKTO" → "l’OPCO AKTO". */
export function withArticle(opcoName: string): string {
  return /^opco\b/i.test(opcoName) ? `l’${opcoName}` : `l’OPCO ${opcoName}`;
}
