import { describe, expect, it } from 'vitest';
import { extractSlots, mergeSlots } from '../../../src/chat/understand/extract-slots';
import { readMessage } from '../../../src/chat/understand/read-message';
import { getKnowledge } from '../../../src/knowledge';

const TODAY = '2026-11-27';
const slots = (text: string) => extractSlots(readMessage(text, getKnowledge().lexicon), TODAY);

describe('extractSlots', () => {
  it.each([
    ['IDCC 787', '787'],
    ['idcc 0787', '787'],
    ['IDCC n° 1486', '1486'],
    ['notre IDCC est 2120', '2120'],
    ['convention collective 1486', '1486'],
    ['CCN 3043', '3043'],
    ['(IDCC:1801)', '1801'],
    ['on applique Syntec', '1486'],
  ])('reads the IDCC in "%s"', (text, idcc) => {
    expect(slots(text).idcc).toBe(idcc);
  });

  it.each([
    ['IDCC abc', 'abc'],
    ['IDCC 12345', '12345'],
  ])('keeps a malformed IDCC apart: "%s"', (text, raw) => {
    expect(slots(text)).toMatchObject({ invalidIdcc: raw });
    expect(slots(text).idcc).toBeUndefined();
  });

  it('does not mistake ordinary words after "IDCC" for a code', () => {
    expect(slots('Quel est mon IDCC ?')).not.toHaveProperty('invalidIdcc');
  });

  it.each([
    ['Code NAF 7022Z', '70.22Z'],
    ['APE 62.02A', '62.02A'],
    ['naf 6920 z', '69.20Z'],
  ])('reads the NAF code in "%s"', (text, naf) => {
    expect(slots(text).naf).toBe(naf);
  });

  it('tells the company headcount from the number of trainees', () => {
    expect(slots('ESN de 6 salariés, formation pour 2 salariés')).toMatchObject({
      headcount: 6,
      trainees: 2,
    });
    expect(slots('nous sommes 45 salariés')).toMatchObject({ headcount: 45 });
    expect(slots('entreprise de moins de 11 salariés')).toMatchObject({ headcount: 10 });
    expect(slots('former 3 collaborateurs')).toMatchObject({ trainees: 3 });
    expect(slots('une PME de vingt salariés')).toMatchObject({ headcount: 20 });
  });

  it('reads hours and the cost excluding tax, not other amounts', () => {
    expect(slots('formation de 21 h à 2 100 € HT')).toMatchObject({ hours: 21, costExclTax: 2100 });
    expect(slots('devis de 3,5 k€ pour 35 heures')).toMatchObject({ hours: 35, costExclTax: 3500 });
    expect(slots('La participation employeur de 750 € concerne qui ?').costExclTax).toBeUndefined();
  });

  it.each([
    ['La formation commence demain', { startDate: '2026-11-28' }],
    ['début dans un mois', { startDate: '2026-12-27' }],
    ['dossier déposé un mois avant', { startDate: '2026-12-27', requestDate: TODAY }],
    ['la session démarre le 15/03/2027', { startDate: '2027-03-15' }],
    ['formation le 3 février 2027', { startDate: '2027-02-03' }],
    ['contrat signé en 2026', { contractDate: TODAY }],
    ['la formation a déjà commencé', { startedAlready: true }],
  ])('reads the dates of "%s"', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });

  it('reads Qualiopi yes and no', () => {
    expect(slots('organisme Qualiopi').providerQualiopi).toBe(true);
    expect(slots("Notre prestataire n'est pas Qualiopi").providerQualiopi).toBe(false);
    expect(slots('organisme non certifié').providerQualiopi).toBe(false);
    expect(slots('Qualiopi obligatoire depuis quand ?').providerQualiopi).toBeUndefined();
  });

  it.each([
    ['apprenti en CAP', 3],
    ['un bac pro commerce', 4],
    ['prépare un BTS', 5],
    ['en licence pro', 6],
    ['un bachelor', 6],
    ['master RH', 7],
    ['un doctorat', 8],
    ['bac+2', 5],
    ['certification de niveau 6', 6],
  ])('maps "%s" to certification level %i', (text, level) => {
    expect(slots(text).certificationLevel).toBe(level);
  });

  it('ignores "cap" and "but" used as English words', () => {
    expect(slots('what is the funding cap, but for us?').certificationLevel).toBeUndefined();
  });

  it('reads the scheme, disability, format and documents held', () => {
    expect(slots('contrat de professionnalisation').scheme).toBe('contrat_professionnalisation');
    expect(slots('plan de développement des compétences').scheme).toBe('plan_developpement_competences');
    expect(slots('période de reconversion').scheme).toBe('periode_reconversion');
    expect(slots('apprenti en situation de handicap').disability).toBe(true);
    expect(slots('formation 100 % à distance')).toMatchObject({
      format: 'distanciel',
      distanceLearningShare: 1,
    });
    expect(slots("j'ai le devis, le programme et la convention, que manque-t-il ?").documents).toEqual([
      'devis',
      'programme',
      'convention de formation',
    ]);
  });

  it('reads negations, a self-description and a named convention from the lexicon', () => {
    expect(slots('apprenti sans RQTH').disability).toBe(false);
    expect(slots("l'organisme n'est plus certifié Qualiopi").providerQualiopi).toBe(false);
    expect(slots('organisme certifié Qualiopi').providerQualiopi).toBe(true);
    expect(slots('Qualiopi, ça sert à quoi ?').providerQualiopi).toBeUndefined();
    expect(slots('moitié en classe virtuelle, moitié en salle').format).toBe('mixte');
    expect(slots('je suis expert-comptable, mon client est une ESN')).toMatchObject({
      sectorFamily: 'numérique',
    });
    expect(slots('convention Syntec, 14 salariés').idcc).toBe('1486');
    expect(slots('bilan de compétences dans le cadre du plan').scheme).toBe('bilan_competences');
  });
});

describe('mergeSlots', () => {
  it('lets later turns override earlier ones, including an IDCC replacing a malformed one', () => {
    const merged = mergeSlots(slots('IDCC abc, 12 salariés'), slots('pardon, IDCC 1486'));
    expect(merged).toMatchObject({ idcc: '1486', headcount: 12 });
    expect(merged).not.toHaveProperty('invalidIdcc');
  });
});

describe('several companies in one message', () => {
  it('lists every IDCC, a convention named in words included', () => {
    const read = (text: string) => extractSlots(readMessage(text, getKnowledge().lexicon), '2026-11-27');
    expect(read('un client sous Syntec, un garage (IDCC 1090) et un cabinet (IDCC 2332)').idccs).toEqual([
      '1486',
      '1090',
      '2332',
    ]);
    expect(read('IDCC 3248, et notre filiale garde la convention Syntec').idccs).toEqual(['1486', '3248']);
    expect(read('IDCC 1486, 12 salariés').idccs).toBeUndefined();
  });
});
