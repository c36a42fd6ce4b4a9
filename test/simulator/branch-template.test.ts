/** A branch file filled from knowledge/rules/branches/_template.yaml is validated and gives exact amounts with their steps. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeValidationError } from '../../src/knowledge';
import { createSimulator } from '../../src/simulator';
import { parseRuleFiles } from '../../src/simulator/parameters/parse-rule-files';
import { readRuleFiles } from './simulator-fixture';

const root = join(import.meta.dirname, '..', '..');
const TEMPLATE = 'knowledge/rules/branches/_template.yaml';
const FIXTURE = 'test/simulator/fixtures/branches/2120-banque-2026.yaml';
const read = (path: string) => ({ path, text: readFileSync(join(root, path), 'utf8') });

const withFixture = createSimulator(parseRuleFiles([...readRuleFiles(), read(FIXTURE)]));
const withoutFixture = createSimulator(parseRuleFiles(readRuleFiles()));
const request = {
  scheme: 'plan_developpement_competences' as const,
  idcc: '2120',
  headcount: 8,
  hours: 14,
  trainees: 2,
  costExclTax: 2000,
  providerQualiopi: true,
  requestDate: '2026-02-20',
  startDate: '2026-03-02',
};

function errorOf(text: string, path = 'knowledge/rules/branches/2120-banque.yaml'): KnowledgeValidationError {
  try {
    parseRuleFiles([...readRuleFiles(), { path, text }]);
  } catch (error) {
    if (error instanceof KnowledgeValidationError) return error;
    throw error;
  }
  throw new Error('le fichier aurait dû être refusé');
}

describe('the branch template', () => {
  it('is a valid rule file that is never loaded as knowledge', () => {
    const book = parseRuleFiles([...readRuleFiles(), read(TEMPLATE)]);
    expect(Object.keys(book.parameters).filter((name) => name.startsWith('branches.0000.'))).toEqual([]);
  });

  it('covers the usual shapes: annual cap, hourly cap, co-financing, AFEST, contrat-pro rate per level', () => {
    const text = read(TEMPLATE).text;
    for (const name of [
      'plan.bareme',
      'plan.cout_horaire_max',
      'cofinancement.bareme',
      'cofinancement.taux',
      'afest.cout_horaire',
      'contrat_pro.taux_horaire_par_niveau',
    ])
      expect(text).toContain(`branches.0000.${name}:`);
  });
});

describe('a 2026 branch file filled from the template (test fixture)', () => {
  it('gives rates unknown without it', () => {
    expect(withoutFixture.simulateFunding(request)).toMatchObject({ outcome: 'rates_unknown', amount: null });
  });

  it('gives the exact amount: the lower of the annual cap and the hourly cap per trainee', () => {
    const result = withFixture.simulateFunding(request);
    expect(result).toMatchObject({
      outcome: 'partially_eligible',
      amount: 1120,
      remainingCost: 880,
      rulesStatus: 'verified',
    });
    expect(result.steps.map((step) => `${step.label} : ${step.value}`)).toEqual(
      expect.arrayContaining([
        'Plafond annuel de la branche (IDCC 2120, 0 à 10 salariés) : 3 000 € HT par an et par entreprise — critères du 1er janvier 2026',
        'Plafond horaire de la branche par stagiaire : 40 € HT × 14 h × 2 stagiaire(s) : 1 120 € HT — critères du 1er janvier 2026',
        'Plafond retenu (le plus bas) : 1 120 € HT',
        'Prise en charge estimée (coût plafonné) : 1 120 €',
      ]),
    );
    expect(result.steps.find((step) => step.label.startsWith('Plafond horaire'))?.source?.url).toBe(
      'https://www.opco-atlas.fr/criteres-financement.html?branche=000',
    );
  });

  it('co-finances a company of 120 employees at the rate, within the band', () => {
    const result = withFixture.simulateFunding({ ...request, headcount: 120, hours: 100, costExclTax: 6000 });
    expect(result).toMatchObject({ amount: 3000, remainingCost: 3000, rulesStatus: 'verified' });
    expect(result.refusalReasons.map((reason) => reason.code)).not.toContain('COMPANY_SIZE');
  });

  it('pays AFEST on the branch hourly rate', () => {
    const result = withFixture.simulateFunding({
      ...request,
      format: 'afest',
      hours: 20,
      trainees: 1,
      costExclTax: 500,
    });
    expect(result).toMatchObject({ amount: 300, remainingCost: 200 });
  });

  it('funds a contrat de professionnalisation at the rate of its certification level', () => {
    const result = withFixture.simulateFunding({
      scheme: 'contrat_professionnalisation',
      idcc: '2120',
      hours: 400,
      trainees: 1,
      costExclTax: 6000,
      providerQualiopi: true,
      certificationLevel: 5,
      requestDate: '2026-09-03',
      startDate: '2026-09-01',
    });
    expect(result).toMatchObject({ amount: 4800, remainingCost: 1200, rulesStatus: 'verified' });
    expect(result.steps.map((step) => step.label)).toContain(
      'Forfait horaire de la branche (IDCC 2120, contrat de professionnalisation, niveau 5)',
    );
  });

  it('is no longer confirmed after its valid_until date', () => {
    const result = withFixture.simulateFunding({
      ...request,
      requestDate: '2027-01-10',
      startDate: '2027-02-01',
    });
    expect(result).toMatchObject({ outcome: 'rates_unknown', rulesStatus: 'indicative' });
  });
});

describe('a wrong branch file fails with the file and the field', () => {
  const fixture = read(FIXTURE).text;

  it('names a rate written as a percentage', () => {
    const error = errorOf(fixture.replace('{ value: 0.5 }', '{ value: 50 }'));
    expect(error.file).toBe('knowledge/rules/branches/2120-banque.yaml');
    expect(error.field).toBe('parameters.branches.2120.cofinancement.taux.values.2026-01-01.value');
  });

  it('names a parameter of another IDCC', () => {
    const error = errorOf(fixture, 'knowledge/rules/branches/2247-courtage.yaml');
    expect(error.field).toBe('parameters.branches.2120.plan.bareme');
  });

  it('names a missing valid_until', () => {
    const error = errorOf(fixture.replace(/\n {4}valid_until: 2026-12-31/, ''));
    expect(error.field).toBe('parameters.branches.2120.plan.bareme.valid_until');
  });

  it('names an IDCC that is not attached to Atlas', () => {
    const error = errorOf(
      fixture.replaceAll('2120', '1516'),
      'knowledge/rules/branches/1516-organismes.yaml',
    );
    expect(error.message).toContain('n’est pas rattaché à l’OPCO Atlas');
  });

  it('names a site home page given as the source', () => {
    const error = errorOf(
      fixture.replace(
        'https://www.opco-atlas.fr/criteres-financement.html?branche=000',
        'https://www.opco-atlas.fr/',
      ),
    );
    expect(error.field).toBe('defaults.references.2026-01-01.href');
  });

  it('names a negative amount in a band', () => {
    const error = errorOf(fixture.replace('montant: 3000', 'montant: -3000'));
    expect(error.field).toBe('parameters.branches.2120.plan.bareme.values.2026-01-01.value.0.montant');
  });
});
