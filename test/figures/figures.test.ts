import { describe, expect, it } from 'vitest';
import { dateMentionsIn, figuresIn, readCompanyCodes, readNumber, readNumberWords } from '../../src/figures';

describe('the formats library', () => {
  it('reads numbers in digits and in words', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber('vingt')).toBe(20);
    expect(readNumber('a')).toBe(1);
    expect(readNumber('salaries')).toBeUndefined();
    expect(readNumberWords('mille cinq cents')).toBe(1500);
    expect(readNumberWords('quatre-vingt-dix')).toBe(90);
  });

  it('reads written dates with where they are, a year alone being vague', () => {
    expect(
      dateMentionsIn('debut le 1er mars 2027, depot le 12/02/2027', '2026-11-29').map((date) => date.iso),
    ).toEqual(['2027-03-01', '2027-02-12']);
    expect(dateMentionsIn('contrat signe en 2025', '2026-11-29')).toMatchObject([
      { iso: '2025-01-01', vague: true },
    ]);
    expect(dateMentionsIn('contrat debute en sept 2025', '2026-11-29').map((date) => date.iso)).toEqual([
      '2025-09-01',
    ]);
  });

  it('reads IDCC and NAF codes in all their written forms', () => {
    expect(readCompanyCodes('idcc n° 0787')).toMatchObject({ idcc: '787' });
    expect(readCompanyCodes('code naf 6202a')).toMatchObject({ naf: '62.02A' });
    expect(readCompanyCodes('idcc 12345')).toMatchObject({ invalidIdcc: '12345' });
  });

  it('reads amounts with their unit', () => {
    expect(figuresIn('1 500 € HT pour 21 h')).toEqual(
      expect.arrayContaining([expect.objectContaining({ unit: 'eur', value: 1500 })]),
    );
  });
});
