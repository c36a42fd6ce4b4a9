/** @module French public holidays from the rule data: fixed days plus days counted from Easter Sunday. */
import { easter } from 'date-easter';
import type { PublicHolidaysValue } from '../parameters/value-shapes';
import { addDays, type HolidayName } from './dates';
import type { RuleReader } from './rule-reader';

const pad = (value: number) => String(value).padStart(2, '0');

/** Easter Sunday of a Gregorian year, as an ISO date (computed by the date-easter package). */
export function easterSunday(year: number): string {
  const sunday = easter(year);
  return `${sunday.year}-${pad(sunday.month)}-${pad(sunday.day)}`;
}

/** The holidays of one year, by ISO date, from the list in force on the first day of that year. */
function holidaysOf(value: PublicHolidaysValue, year: number): Map<string, string> {
  const days = new Map<string, string>();
  for (const fixed of value.fixes) days.set(`${year}-${fixed.jour}`, fixed.nom);
  const sunday = easterSunday(year);
  for (const moving of value.paques) days.set(addDays(sunday, moving.decalage_jours), moving.nom);
  return days;
}

/** A HolidayName reading `calendrier.jours_feries` (years are computed once, then cached). */
export function createHolidayName(rules: RuleReader): HolidayName {
  const years = new Map<number, Map<string, string>>();
  return (isoDate) => {
    const year = Number(isoDate.slice(0, 4));
    let days = years.get(year);
    if (!days) {
      const list = rules.valueAt<PublicHolidaysValue | null>(
        'calendrier.jours_feries',
        `${year}-${pad(1)}-${pad(1)}`,
      );
      days = list?.value ? holidaysOf(list.value, year) : new Map();
      years.set(year, days);
    }
    return days.get(isoDate) ?? null;
  };
}
