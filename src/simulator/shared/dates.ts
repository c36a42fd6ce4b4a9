/** @module Calendar helpers on ISO dates (UTC, no time of day): calendar days and "jours ouvrables". */

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().split('T')[0]!;
/** One day in milliseconds (the epoch's second day), without writing the number. */
const DAY_MS = new Date(0).setUTCDate(2);

/** The name of the public holiday on a date, or null (see public-holidays.ts). */
export type HolidayName = (isoDate: string) => string | null;

const noHoliday: HolidayName = () => null;

export function addDays(isoDate: string, days: number): string {
  const date = toDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

export function isSunday(isoDate: string): boolean {
  return toDate(isoDate).getUTCDay() === 0;
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/**
 * Adds "jours ouvrables": every day counts except Sundays and public holidays (Saturday counts).
 * Without `holidayName`, only Sundays are skipped.
 */
export function addWorkingDays(isoDate: string, days: number, holidayName: HolidayName = noHoliday): string {
  let current = isoDate;
  let added = 0;
  while (added < days) {
    current = addDays(current, 1);
    if (!isSunday(current) && holidayName(current) === null) added += 1;
  }
  return current;
}

/** Public holidays strictly after `from` and up to `to` included, with their names (to explain a deadline). */
export function holidaysBetween(
  from: string,
  to: string,
  holidayName: HolidayName,
): Array<{ date: string; name: string }> {
  const found: Array<{ date: string; name: string }> = [];
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    const name = holidayName(current);
    if (name) found.push({ date: current, name });
  }
  return found;
}
