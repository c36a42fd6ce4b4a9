/** @module Calendar helpers on ISO dates (UTC, no time of day). */

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().split('T')[0]!;

export function addDays(isoDate: string, days: number): string {
  const date = toDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Adds "jours ouvrables" (every day but Sunday; public holidays are not known here). */
export function addWorkingDays(isoDate: string, days: number): string {
  let current = isoDate;
  let added = 0;
  while (added < days) {
    current = addDays(current, 1);
    if (toDate(current).getUTCDay() !== 0) added += 1;
  }
  return current;
}
