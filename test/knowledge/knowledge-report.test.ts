/** The knowledge report lists every dated value and flags stale values, periods with no successor and branches without criteria. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeReport, summaryLine, toMarkdown } from '../../scripts/knowledge-report';
import { parseRuleFiles } from '../../src/simulator/parameters/parse-rule-files';
import { loadRuleBook, readRuleFiles } from '../simulator/simulator-fixture';

const report = buildKnowledgeReport(loadRuleBook(), '2026-11-29');

describe('buildKnowledgeReport', () => {
  it('lists every dated value with its end of validity', () => {
    expect(report.rows.length).toBeGreaterThan(250);
    expect(report.rows).toContainEqual(
      expect.objectContaining({
        parameter: 'apprentissage.aide_embauche',
        date: '2026-03-08',
        until: '2026-12-31',
      }),
    );
  });

  it('flags unverified values and those not checked for 12 months', () => {
    expect(report.stale.some((row) => row.parameter === 'idcc.0438' && row.lastVerifiedOn === null)).toBe(
      true,
    );
    const late = buildKnowledgeReport(loadRuleBook(), '2028-01-01');
    expect(late.stale.some((row) => row.parameter === 'apprentissage.aide_embauche')).toBe(true);
  });

  it('flags the hiring aid after 2026 and the 2020 branch criteria as periods with no known successor', () => {
    const names = report.noSuccessor.map((entry) => entry.parameter);
    expect(names).toContain('apprentissage.aide_embauche');
    expect(names).toContain('branches.1486.plan.bareme');
  });

  it('flags Atlas branches without current criteria, until a branch file is added', () => {
    expect(report.branchesWithoutCurrentCriteria.map((branch) => branch.idcc)).toContain('2120');
    const fixture = 'test/simulator/fixtures/branches/2120-banque-2026.yaml';
    const text = readFileSync(join(import.meta.dirname, '..', '..', fixture), 'utf8');
    const withBranch = buildKnowledgeReport(
      parseRuleFiles([...readRuleFiles(), { path: fixture, text }]),
      '2026-11-29',
    );
    expect(withBranch.branchesWithoutCurrentCriteria.map((branch) => branch.idcc)).not.toContain('2120');
  });

  it('renders Markdown with the summary line', () => {
    expect(summaryLine(report)).toMatch(
      /^knowledge:report — \d+ valeurs datées ; \d+ non vérifiées depuis 12 mois/,
    );
    expect(toMarkdown(report)).toContain('| `apprentissage.aide_embauche` | 2027-01-01 |');
  });
});
