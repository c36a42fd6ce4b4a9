import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  collectEvidence,
  dropUngroundedLines,
  figuresIn,
  findUngroundedFigures,
} from '../../../src/chat/grounding/find-ungrounded-figures';

type GuardCase = { name: string; answer: string; sources?: string[]; user?: string[]; ungrounded: string[] };

const CASES = parse(
  readFileSync(new URL('./figure-guard-cases.yaml', import.meta.url), 'utf8'),
) as GuardCase[];

describe('the figure guard table', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((guardCase) => [guardCase.name, guardCase] as const))('%s', (_name, guardCase) => {
    const ungrounded = findUngroundedFigures(guardCase.answer, {
      sources: collectEvidence(guardCase.sources ?? []),
      user: collectEvidence(guardCase.user ?? []),
    });
    expect(ungrounded.map((figure) => figure.raw)).toEqual(guardCase.ungrounded);
  });
});

describe('figuresIn', () => {
  it('finds amounts, percentages, durations and dates with their unit, in French and English', () => {
    const figures = figuresIn(
      'Jusqu’à 2 100 € HT, 9,15 €/h, 20 %, 40 heures, 12 mois, le 1er juillet 2025, 2026-03-08, March 8, 2026, 3,5 k€, mille cinq cents euros',
    );
    expect(
      figures.map((figure) => [figure.unit, figure.unit === 'date' ? figure.date : figure.value]),
    ).toEqual([
      ['eur', 2100],
      ['eur', 9.15],
      ['percent', 20],
      ['hour', 40],
      ['month', 12],
      ['date', '2025-07-01'],
      ['date', '2026-03-08'],
      ['date', '2026-03-08'],
      ['eur', 3500],
      ['eur', 1500],
    ]);
  });

  it('ignores plain numbers that are not figures (IDCC, headcount, levels)', () => {
    expect(figuresIn('IDCC 1486, 6 salariés, niveau 3')).toEqual([]);
  });
});

describe('findUngroundedFigures with a plain evidence text', () => {
  it('reads tool outputs serialised as JSON, by key', () => {
    expect(findUngroundedFigures('Aide : 5 000 €.', JSON.stringify([{ output: { amount: 5000 } }]))).toEqual(
      [],
    );
    expect(
      findUngroundedFigures('Aide : 1 486 €.', JSON.stringify([{ input: { idcc: '1486' } }])).map(
        (figure) => figure.reason,
      ),
    ).toEqual(['absent']);
  });

  it('tells an unattributed user figure from an absent one', () => {
    const guard = { sources: collectEvidence([]), user: collectEvidence(['budget de 2 100 €']) };
    expect(
      findUngroundedFigures('Atlas paie 2 100 € et 300 €.', guard).map((figure) => figure.reason),
    ).toEqual(['unattributed', 'absent']);
  });
});

describe('dropUngroundedLines', () => {
  it('drops only the lines carrying an ungrounded figure', () => {
    const text = 'Première ligne sans chiffre.\n- Montant : 999 €\n- Plafond : 2 100 € HT';
    expect(dropUngroundedLines(text, 'Plafond 2 100 €')).toBe(
      'Première ligne sans chiffre.\n- Plafond : 2 100 € HT',
    );
  });
});
