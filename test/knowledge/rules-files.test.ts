/** Every rule file under knowledge/rules is valid, dated, sourced and rendered as readable passages. */
import { describe, expect, it } from 'vitest';
import { KnowledgeValidationError } from '../../src/knowledge';
import { rulePassages } from '../../src/simulator';
import { parseRuleFiles } from '../../src/simulator/parameters/parse-rule-files';
import { loadRuleBook, readRuleFiles } from '../simulator/simulator-fixture';

const ruleBook = loadRuleBook();
const parameters = Object.values(ruleBook.parameters);
const passages = rulePassages(ruleBook);

const VALID_FILE = `
parameters:
  test.montant:
    description: Montant de test pour la validation
    unit: eur
    confidence: official
    last_verified_on: 2026-01-01
    values:
      2025-01-01: { value: 100 }
      2026-01-01: { value: 120 }
    references:
      2025-01-01: { title: Source de test, href: "https://example.org/source" }
`;

function parseError(text: string): KnowledgeValidationError {
  try {
    parseRuleFiles([{ path: 'knowledge/rules/test.yaml', text }], { today: '2026-11-27' });
  } catch (error) {
    if (error instanceof KnowledgeValidationError) return error;
    throw error;
  }
  throw new Error('le fichier aurait dû être refusé');
}

describe('knowledge/rules data', () => {
  it('parses every file, with many parameters and passages', () => {
    expect(readRuleFiles().length).toBeGreaterThanOrEqual(15);
    expect(parameters.length).toBeGreaterThan(150);
    expect(passages.length).toBeGreaterThan(100);
  });

  it('gives every value an ISO date, strictly increasing, with a confidence and a verification date', () => {
    for (const parameter of parameters) {
      const dates = parameter.values.map((value) => value.date);
      expect(dates.length, parameter.name).toBeGreaterThan(0);
      for (const date of dates) expect(date, parameter.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([...dates].sort(), parameter.name).toEqual(dates);
      expect(new Set(dates).size, parameter.name).toBe(dates.length);
      expect(['official', 'secondary', 'uncertain'], parameter.name).toContain(parameter.confidence);
      if (parameter.lastVerifiedOn !== null)
        expect(parameter.lastVerifiedOn <= new Date().toISOString().slice(0, 10), parameter.name).toBe(true);
    }
  });

  it('covers every value with an https reference dated on or before it', () => {
    for (const parameter of parameters) {
      for (const { date } of parameter.values) {
        const reference = parameter.references.filter((entry) => entry.date <= date).at(-1);
        expect(reference, `${parameter.name} @ ${date}`).toBeDefined();
        expect(reference?.title.length).toBeGreaterThan(3);
        expect(reference?.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('is plain JSON (it is serialised into the generated bundle)', () => {
    expect(JSON.parse(JSON.stringify(ruleBook))).toEqual(ruleBook);
  });
});

describe('rule passages', () => {
  it('have rule ids, question titles, short bodies with a status, a source and dates', () => {
    const ids = new Set<string>();
    for (const passage of passages) {
      expect(passage.id).toMatch(/^rule-[a-z0-9-]+$/);
      expect(ids.has(passage.id), passage.id).toBe(false);
      ids.add(passage.id);
      expect(passage.kind).toBe('rule');
      expect(passage.title.endsWith('?'), passage.title).toBe(true);
      expect(passage.body).toMatch(/Statut : /);
      expect(passage.body).not.toMatch(/\{[a-z_.@#0-9-]+\}/);
      expect(passage.source.url).toMatch(/^https:\/\//);
      expect(passage.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (passage.lastVerifiedOn !== undefined) expect(passage.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(passage.body, passage.id).toContain('non vérifié');
      expect(passage.keywords.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('say so when a fact is uncertain', () => {
    for (const passage of passages.filter((entry) => entry.confidence === 'uncertain')) {
      expect(passage.body, passage.id).toContain("donnée incertaine, à confirmer auprès d'Atlas");
    }
  });

  it('state the figures the way users write them', () => {
    const body = (id: string) => passages.find((passage) => passage.id === id)?.body ?? '';
    expect(body('rule-tutorat-formation-tuteur')).toContain('15 € par heure');
    expect(body('rule-tutorat-formation-tuteur')).toContain('40 heures');
    expect(body('rule-tutorat-exercice')).toContain('230 € par mois');
    expect(body('rule-aide-embauche-handicap')).toContain('6 000 €');
    expect(body('rule-periode-reconversion')).toContain("9,15 € de l'heure");
    expect(body('rule-periode-reconversion')).toContain('150 à 450 heures');
    expect(body('rule-periode-reconversion')).toContain('1er février 2026');
    expect(body('rule-contrat-pro-duree-formation')).toContain('15 % à 25 %');
    expect(body('rule-participation-employeur-750')).toContain('750 €');
    expect(body('rule-participation-employeur-750')).toContain('1er juillet 2025');
    expect(body('rule-npec-distanciel')).toMatch(/20 %.*80 %.*4 000 €/);
    expect(body('rule-frais-annexes-apprenti')).toMatch(/6 €.*3 €.*500 €/);
    expect(body('rule-aide-embauche-2026')).toMatch(/5 000 €.*4 500 €.*2 000 €.*2 000 €, 1 500 € et 750 €/);
    expect(body('rule-branche-217-plan-2024')).toContain('55 € HT');
    expect(body('rule-idcc-1486')).toContain('OPCO Atlas');
    expect(body('rule-naf-6622z')).toContain('plusieurs conventions');
  });

  it('cover every topic the answer engine may cite', () => {
    const ids = passages.map((passage) => passage.id);
    for (const id of [
      'rule-qualiopi-obligatoire',
      'rule-cout-amorcage',
      'rule-contrat-pro-taux-horaire',
      'rule-contrat-pro-public',
      'rule-periode-reconversion-procedure',
      'rule-apprentissage-transmission-decision',
      'rule-plan-moins-50-salaries',
      'rule-branche-1486-plan-2020',
      'rule-idcc-3160',
      'rule-idcc-9999',
      'rule-idcc-0804',
      'rule-adhesion-dom-akto',
      'rule-aide-embauche-2025-debut',
      'rule-aide-embauche-2025',
      'rule-aide-embauche-2026-janvier-mars',
      'rule-refus-late-request-plan',
      'rule-pieces-apprentissage-avant',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('parseRuleFiles on a broken file', () => {
  it('accepts the reference file', () => {
    const book = parseRuleFiles([{ path: 'knowledge/rules/test.yaml', text: VALID_FILE }], {
      today: '2026-11-27',
    });
    expect(book.parameters['test.montant']?.values).toHaveLength(2);
  });

  it('names the file and the field when dates decrease', () => {
    const error = parseError(VALID_FILE.replace('2026-01-01: { value: 120 }', '2024-06-01: { value: 120 }'));
    expect(error.file).toBe('knowledge/rules/test.yaml');
    expect(error.field).toBe('parameters.test.montant.values.2024-06-01');
    expect(error.message).toContain('knowledge/rules/test.yaml');
    expect(error.message).toContain('strictement croissantes');
  });

  it('names the field when a value has no reference dated on or before it', () => {
    const error = parseError(VALID_FILE.replace('2025-01-01: { title', '2025-06-01: { title'));
    expect(error.field).toBe('parameters.test.montant.values.2025-01-01');
  });

  it('names the field when the reference is not https', () => {
    const error = parseError(VALID_FILE.replace('https://example.org', 'http://example.org'));
    expect(error.field).toBe('parameters.test.montant.references.2025-01-01.href');
  });

  it('names the field when the confidence is not in the list', () => {
    const error = parseError(VALID_FILE.replace('confidence: official', 'confidence: sure'));
    expect(error.field).toBe('parameters.test.montant.confidence');
  });

  it('names the field when last_verified_on is in the future', () => {
    const error = parseError(
      VALID_FILE.replace('last_verified_on: 2026-01-01', 'last_verified_on: 2030-01-01'),
    );
    expect(error.field).toBe('parameters.test.montant.last_verified_on');
  });

  it('names the field when a date is not ISO', () => {
    const error = parseError(VALID_FILE.replace('2026-01-01: { value: 120 }', '01/01/2026: { value: 120 }'));
    expect(error.field).toContain('parameters.test.montant.values');
  });

  it('names the field when a structured value has the wrong shape', () => {
    const text = VALID_FILE.replace('test.montant', 'idcc.0001').replace('unit: eur', 'unit: record');
    const error = parseError(text);
    expect(error.field).toBe('parameters.idcc.0001.values.2025-01-01.value');
  });

  it('names the passage whose placeholder points nowhere', () => {
    const text = `${VALID_FILE}passages:\n  - id: rule-test\n    title: Une question de test ?\n    body: "Le montant est de {test.inconnu} selon la règle de test."\n    keywords: [test, montant]\n`;
    const error = parseError(text);
    expect(error.field).toBe('passages.rule-test');
  });

  it('refuses unreadable YAML with the file name', () => {
    const error = parseError('parameters: [unclosed');
    expect(error.file).toBe('knowledge/rules/test.yaml');
  });
});

describe('honest dating and verification', () => {
  const parse = (text: string) =>
    parseRuleFiles([{ path: 'knowledge/rules/test.yaml', text }], { today: '2026-11-27' });

  it('keeps an observation date apart from an effective date, and says so in passages', () => {
    expect(ruleBook.parameters['tutorat.formation.plafond_horaire']?.values[0]).toMatchObject({
      date: '2025-01-06',
      observed: true,
    });
    const body = passages.find((passage) => passage.id === 'rule-tutorat-formation-tuteur')?.body ?? '';
    expect(body).toContain("valeur constatée le 6 janvier 2025, date d'entrée en vigueur non connue");
  });

  it('reads unverified values as never checked, and their passages say so', () => {
    const book = parse(VALID_FILE.replace('last_verified_on: 2026-01-01', 'last_verified_on: unverified'));
    expect(book.parameters['test.montant']?.lastVerifiedOn).toBeNull();
    const uncertain = passages.find((passage) => passage.id === 'rule-idcc-0438');
    expect(uncertain?.lastVerifiedOn).toBeUndefined();
    expect(uncertain?.body).toContain('non vérifié auprès de la source');
  });

  it('marks every uncertain value as unverified', () => {
    for (const parameter of parameters.filter(
      (entry) => entry.confidence === 'uncertain' && !entry.file.includes('217'),
    ))
      expect(parameter.lastVerifiedOn, parameter.name).toBeNull();
  });

  it('names no site home page as a source', () => {
    for (const parameter of parameters)
      for (const reference of parameter.references)
        expect(
          new URL(reference.url).pathname.length + new URL(reference.url).search.length,
          parameter.name,
        ).toBeGreaterThan(1);
  });

  it('dates the coût d’amorçage from 1 September 2022 and the hiring-aid grid after 2026 as unknown', () => {
    expect(ruleBook.parameters['apprentissage.cout_amorcage.min']?.values[0]?.date).toBe('2022-09-01');
    expect(ruleBook.parameters['apprentissage.aide_embauche']?.values.at(-1)).toEqual({
      date: '2027-01-01',
      value: null,
    });
  });

  it('names the file and field of a rate above 1, a negative amount and a home-page source', () => {
    const rate = VALID_FILE.replace('unit: eur', 'unit: rate')
      .replace('{ value: 100 }', '{ value: 0.2 }')
      .replace('{ value: 120 }', '{ value: 20 }');
    expect(() => parse(rate)).toThrow(
      /test\.yaml : champ « parameters\.test\.montant\.values\.2026-01-01\.value »/,
    );
    expect(() => parse(VALID_FILE.replace('{ value: 120 }', '{ value: -120 }'))).toThrow(
      /values\.2026-01-01\.value/,
    );
    expect(() => parse(VALID_FILE.replace('https://example.org/source', 'https://example.org/'))).toThrow(
      /references\.2025-01-01\.href.*accueil du site/,
    );
  });
});
