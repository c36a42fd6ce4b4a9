import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/privacy';

describe('redactPersonalData', () => {
  it.each([
    ['Mon IBAN est FR76 3000 6000 0112 3456 7890 189, merci', 'iban', 'FR76'],
    ['iban FR7630006000011234567890189', 'iban', '30006000'],
    ['IBAN allemand DE89 3704 0044 0532 0130 00', 'iban', '3704'],
    ['Mon NIR : 1 85 05 78 006 084 36', 'nir', '006 084'],
    ['numéro de sécu 285052A00608436', 'nir', '2A006'],
    ['écrivez à marie.dupont@exemple.fr', 'email', 'dupont'],
    ['appelez le 06 12 34 56 78', 'phone', '56 78'],
    ['ou le +33 1 23 45 67 89', 'phone', '45 67'],
    ['tel 01.23.45.67.89', 'phone', '45.67'],
  ])('redacts %s', (input, kind, secret) => {
    const result = redactPersonalData(input);
    expect(result.kinds).toContain(kind);
    expect(result.text).not.toContain(secret);
  });

  it.each([
    'IDCC 1486, 45 salariés, formation de 21 h à 2 100 € HT',
    'SIRET 851 296 632 00012',
    'Code NAF 6202A, contrat du 2026-03-08',
    'budget de 12 000 euros pour 2026',
  ])('leaves ordinary HR figures alone: %s', (input) => {
    expect(redactPersonalData(input)).toEqual({ text: input, kinds: [] });
  });
});
