import { describe, expect, it } from 'vitest';
import {
  dropUngroundedLines,
  figuresIn,
  findUngroundedFigures,
} from '../../../src/chat/grounding/find-ungrounded-figures';

describe('figuresIn', () => {
  it('finds amounts, percentages, durations and dates in French and English', () => {
    const figures = figuresIn(
      'Jusqu’à 2 100 € HT, 9,15 €/h, 20 %, 40 heures, 12 mois, le 1er juillet 2025, 2026-03-08, March 8, 2026, 3,5 k€',
    );
    expect(figures.map((figure) => [figure.kind, figure.values])).toEqual([
      ['amount', [2100]],
      ['amount', [9.15]],
      ['percent', [20]],
      ['duration', [40]],
      ['duration', [12]],
      ['date', [1, 2025]],
      ['date', [2026, 3, 8]],
      ['date', [8, 2026]],
      ['amount', [3500]],
    ]);
  });

  it('ignores plain numbers that are not figures (IDCC, headcount, levels)', () => {
    expect(figuresIn('IDCC 1486, 6 salariés, niveau 3')).toEqual([]);
  });
});

describe('findUngroundedFigures', () => {
  const evidence = 'Plafond : 2 100 € HT par an, 9,15 € par heure, contrats depuis le 2025-07-01, 20 %';

  it('accepts figures written differently from the evidence ("2100 euros", "1er juillet 2025")', () => {
    expect(
      findUngroundedFigures(
        'Atlas prend 2100 euros, à 9,15 € de l’heure, depuis le 1er juillet 2025 (20 %).',
        evidence,
      ),
    ).toEqual([]);
  });

  it('reports every figure absent from the evidence', () => {
    const ungrounded = findUngroundedFigures('Comptez 2 500 € et 30 % sur 14 h dès 2027.', evidence);
    expect(ungrounded.map((figure) => figure.raw)).toEqual(['2 500 €', '30 %', '14 h', '2027']);
  });

  it('reads tool outputs serialised as JSON', () => {
    expect(findUngroundedFigures('Aide : 5 000 €.', JSON.stringify([{ output: { amount: 5000 } }]))).toEqual(
      [],
    );
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
