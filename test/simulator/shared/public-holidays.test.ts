/** French public holidays: Easter from the date-easter package, the list of holidays from knowledge/rules. */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidaysBetween } from '../../../src/simulator/shared/dates';
import { createHolidayName, easterSunday } from '../../../src/simulator/shared/public-holidays';
import { createRuleReader } from '../../../src/simulator/shared/rule-reader';
import { loadRuleBook } from '../simulator-fixture';

const holidayName = createHolidayName(createRuleReader(loadRuleBook()));

describe('easterSunday', () => {
  it('returns the official dates of Easter Sunday for 2024 to 2030', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2029-04-01',
      '2030-04-21',
    ]);
  });
});

describe('createHolidayName', () => {
  it('returns the eleven holidays of 2026, Easter-based ones included', () => {
    const days = holidaysBetween('2025-12-31', '2026-12-31', holidayName);
    expect(days).toEqual([
      { date: '2026-01-01', name: '1er janvier' },
      { date: '2026-04-06', name: 'lundi de Pâques' },
      { date: '2026-05-01', name: '1er mai' },
      { date: '2026-05-08', name: '8 mai' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'lundi de Pentecôte' },
      { date: '2026-07-14', name: '14 juillet' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: '11 novembre' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('moves Ascension and Whit Monday with Easter (2027)', () => {
    expect(holidayName('2027-05-06')).toBe('Ascension');
    expect(holidayName('2027-05-17')).toBe('lundi de Pentecôte');
    expect(holidayName('2027-05-14')).toBeNull();
  });
});

describe('addWorkingDays', () => {
  it('skips Sundays and public holidays but counts Saturdays (jours ouvrables)', () => {
    expect(addWorkingDays('2026-05-13', 5, holidayName)).toBe('2026-05-20');
    expect(addWorkingDays('2026-09-07', 5, holidayName)).toBe('2026-09-12');
    expect(addWorkingDays('2026-12-28', 5, holidayName)).toBe('2027-01-04');
  });

  it('still skips only Sundays when called without holidays (former behaviour)', () => {
    expect(addWorkingDays('2026-05-13', 5)).toBe('2026-05-19');
  });
});
