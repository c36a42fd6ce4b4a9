import { describe, expect, it } from 'vitest';
import { keepAmountsTogether } from '../../../../src/channels/web/widget/keep-amounts-together';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('keepAmountsTogether', () => {
  it.each([
    ['Formation à 1 200 € HT.', `Formation à 1${NNBSP}200${NBSP}€${NBSP}HT.`],
    ['Plafond de 12 000 euros par an', `Plafond de 12${NNBSP}000${NBSP}euros par an`],
    ['21 h de formation, 50 % pris en charge', `21${NBSP}h de formation, 50${NBSP}% pris en charge`],
    ['Un coût de 1 234 567 € TTC', `Un coût de 1${NNBSP}234${NNBSP}567${NBSP}€${NBSP}TTC`],
    ['Durée : 6 mois ou 2 ans', `Durée : 6${NBSP}mois ou 2${NBSP}ans`],
  ])('%s', (input, expected) => {
    expect(keepAmountsTogether(input)).toBe(expected);
  });

  it('leaves numbers that are not amounts alone', () => {
    for (const text of ['En 2026 2 salariés', 'IDCC 1486 pour 10 salariés', 'le 3 mars', 'Hello']) {
      expect(keepAmountsTogether(text)).toBe(text);
    }
  });
});
