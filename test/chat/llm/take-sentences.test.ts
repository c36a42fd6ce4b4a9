import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takeSentences } from '../../../src/chat/llm/take-sentences';

describe('takeSentences', () => {
  it.each([
    ['Une phrase. Une autre', ['Une phrase. '], 'Une autre'],
    ['Oui ! Vraiment ? Non', ['Oui ! ', 'Vraiment ? '], 'Non'],
    ['- Montant : 230 €\n- Durée', ['- Montant : 230 €\n'], '- Durée'],
    ['Soit 9.15 € de', [], 'Soit 9.15 € de'],
    [
      'Voir [la page. Ici](https://www.opco-atlas.fr/a.html). Fin',
      ['Voir [la page. Ici](https://www.opco-atlas.fr/a.html). '],
      'Fin',
    ],
    ['Atlas paie 1 486', [], 'Atlas paie 1 486'],
  ])('%j', (buffer, sentences, rest) => {
    expect(takeSentences(buffer)).toEqual({ sentences, rest });
  });

  it('never loses or reorders text, whatever the cuts (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '.', '!', '\n', '[', ']', '(', ')', '€', '1') }),
        (text) => {
          const { sentences, rest } = takeSentences(text);
          expect([...sentences, rest].join('')).toBe(text);
        },
      ),
      { seed: 13 },
    );
  });
});
