import { describe, expect, it } from 'vitest';
import { type PersonalDataKind, redactPersonalData } from '../../src/privacy';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** [text, kind that must be found, a fragment of the value that must disappear]. */
const MASKED: Array<[string, PersonalDataKind, string]> = [
  // E-mails
  ['écrivez à marie.dupont@exemple.fr', 'email', 'dupont'],
  ['écrivez à marie.dupont @ exemple.fr', 'email', 'dupont'],
  ['mail : marie.dupont@ exemple.fr', 'email', 'dupont'],
  ['marie.dupont (at) exemple.fr', 'email', 'dupont'],
  ['marie.dupont(at)exemple.fr', 'email', 'dupont'],
  ['marie.dupont [at] exemple [dot] fr', 'email', 'dupont'],
  ['marie.dupont {at} exemple.fr', 'email', 'dupont'],
  ['marie.dupont (arobase) exemple.fr', 'email', 'dupont'],
  ['marie.dupont arobase exemple.fr', 'email', 'dupont'],
  ['marie.dupont at exemple.fr', 'email', 'dupont'],
  [`marie.dupont${NBSP}@${NBSP}exemple.fr`, 'email', 'dupont'],
  ['MARIE-DUPONT+rh@Exemple.FR', 'email', 'DUPONT'],
  ['élodie.müller@société.fr', 'email', 'müller'],
  ['jean.dupont@rh.groupe.exemple.co.uk', 'email', 'dupont'],
  ['mailto:jean.dupont@exemple.fr', 'email', 'dupont'],
  // Phones
  ['appelez le 06 12 34 56 78', 'phone', '56 78'],
  ['appelez le 0612345678', 'phone', '12345678'],
  ['tel 01.23.45.67.89', 'phone', '45.67'],
  ['tel 06-12-34-56-78', 'phone', '34-56'],
  ['tel 06/12/34/56/78', 'phone', '34/56'],
  [`tel 06${NBSP}12${NBSP}34${NBSP}56${NBSP}78`, 'phone', `34${NBSP}56`],
  [`tel 06${NNBSP}12${NNBSP}34${NNBSP}56${NNBSP}78`, 'phone', `34${NNBSP}56`],
  ['ou le +33 1 23 45 67 89', 'phone', '45 67'],
  ['ou le +33612345678', 'phone', '12345678'],
  ['ou le +33 (0)6 12 34 56 78', 'phone', '34 56'],
  ['ou le +33 (0) 6 12 34 56 78', 'phone', '34 56'],
  ['ou le (+33) 6 12 34 56 78', 'phone', '34 56'],
  ['ou le 0033 6 12 34 56 78', 'phone', '34 56'],
  ['ou le 0033612345678', 'phone', '12345678'],
  ['ou le +33.6.12.34.56.78', 'phone', '34.56'],
  ['standard : 09 70 80 90 10', 'phone', '80 90'],
  // IBANs
  ['Mon IBAN est FR76 3000 6000 0112 3456 7890 189, merci', 'iban', '3000 6000'],
  ['iban FR7630006000011234567890189', 'iban', '30006000'],
  ['iban FR76-3000-6000-0112-3456-7890-189', 'iban', '3000-6000'],
  ['iban FR76.3000.6000.0112.3456.7890.189', 'iban', '3000.6000'],
  [`iban FR76${NBSP}3000${NBSP}6000${NBSP}0112${NBSP}3456${NBSP}7890${NBSP}189`, 'iban', `6000${NBSP}0112`],
  ['iban fr76 3000 6000 0112 3456 7890 189', 'iban', '3000 6000'],
  ['IBAN allemand DE89 3704 0044 0532 0130 00', 'iban', '3704'],
  ['IBAN avec lettres FR14 2004 1010 0505 0001 3M02 606', 'iban', '3M02'],
  ['IBAN mal recopié FR76 3000 6000 0112 3456 7890 188', 'iban', '3456 7890'],
  // NIR (social security numbers)
  ['Mon NIR : 1 85 05 78 006 084 36', 'nir', '006 084'],
  ['numéro de sécu 185057800608436', 'nir', '8006084'],
  ['numéro de sécu 285052A00608436', 'nir', '2A006'],
  ['NIR 1.85.05.78.006.084.36', 'nir', '006.084'],
  ['NIR 1-85-05-78-006-084-36', 'nir', '006-084'],
  [`NIR 1${NBSP}85${NBSP}05${NBSP}78${NBSP}006${NBSP}084${NBSP}36`, 'nir', `006${NBSP}084`],
  ['NIR sans clé 1 85 05 78 006 084', 'nir', '006 084'],
];

/** Look-alikes that must stay as they are: branch and activity codes, amounts, dates, company identifiers. */
const KEPT = [
  'IDCC 1486, 45 salariés, formation de 21 h à 2 100 € HT',
  'IDCC 0787 et IDCC 2098',
  'convention collective 1486 (Syntec)',
  'Code NAF 6202A, contrat du 2026-03-08',
  'code APE 62.02A',
  'NAF 7022Z',
  'budget de 12 000 euros pour 2026',
  'coût de 1 500,50 € TTC',
  `un plafond de 12${NBSP}345${NBSP}678,90${NBSP}€`,
  `plan à 2${NNBSP}500${NNBSP}000 €`,
  'NPEC de 8 500 € par an',
  'une enveloppe de 1 000 000 € sur 3 ans',
  'formation du 01/09/2026 au 30/06/2027',
  'du 01/09/2026 30/06/2027',
  'le 15.03.2026 à 09:00',
  'le 15-03-2026',
  'entre le 06/12/2026 et le 12/12/2026',
  'le 2026-09-01, 1 607 heures',
  'SIRET 851 296 632 00012',
  'Mon SIRET est 73282932000074, suis-je chez Atlas ?',
  'SIRET 732 829 320 00074 : quel OPCO ?',
  'SIREN 552 100 554',
  'TVA intracommunautaire FR 40 303 265 045',
  'n° TVA FR40303265045',
  'RNCP35502 et RS5487',
  'article L6332-1 du Code du travail',
  'décret n° 2019-1326 du 10 décembre 2019',
  'dossier DA-2026-0012345',
  'facture FA-2026-00123',
  'code postal 75008 Paris',
  'à 50 % du coût, soit 0,5',
  'version 1.2.3',
  'https://www.opco-atlas.fr/adherents/financement.html',
  'suivez @OPCOAtlas',
  'de 9 h à 12 h 30, 35 heures par semaine',
  'effectif 250 salariés en 2025-2026',
  '06 12 34',
  'référence 0612 34',
  'horaires 08:30-12:00 / 13:30-17:00',
  'taux horaire 15,50 € × 140 h = 2 170 €',
  'compte 512000 en comptabilité',
  'un apprenti de 18 ans, niveau 5',
  'reste à charge : 1 234 €',
  'Rendez-vous at home',
];

describe('redactPersonalData: the French battery', () => {
  it('covers at least 40 formats of each side', () => {
    expect(MASKED.length).toBeGreaterThanOrEqual(40);
    expect(KEPT.length).toBeGreaterThanOrEqual(40);
  });

  it.each(MASKED)('masks %s (%s)', (input, kind, secret) => {
    const result = redactPersonalData(input);
    expect(result.kinds).toEqual([kind]);
    expect(result.text).not.toContain(secret);
    expect(result.text).toMatch(/\[[^\]]+ masqué\]/);
  });

  it.each(KEPT)('keeps %s', (input) => {
    expect(redactPersonalData(input)).toEqual({ text: input, kinds: [] });
  });

  it('keeps the words around a masked value', () => {
    expect(redactPersonalData('IBAN FR76 3000 6000 0112 3456 7890 189 merci beaucoup').text).toBe(
      'IBAN [IBAN masqué] merci beaucoup',
    );
    expect(redactPersonalData('Rappelez-moi au 06 12 34 56 78 ou jean.dupont@exemple.fr').text).toBe(
      'Rappelez-moi au [téléphone masqué] ou [e-mail masqué]',
    );
  });
});
