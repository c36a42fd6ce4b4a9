/** @module `npm run knowledge:report`: writes docs/knowledge-report.md (every dated value, its age and its gaps) and prints a summary line. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRuleFiles } from '../src/simulator/parameters/parse-rule-files';
import type { RuleBook, RuleParameter } from '../src/simulator/parameters/rule-book';
import { addDays, daysBetween } from '../src/simulator/shared/dates';
import { readRuleFiles, root } from './read-rule-files';

/** A value is stale when nobody checked it against its source for this many days (12 months). */
const STALE_AFTER_DAYS = 365;

export type ReportRow = {
  parameter: string;
  file: string;
  date: string;
  observed: boolean;
  /** Last day the value applies: the day before the next value, or valid_until on the last one. */
  until: string | null;
  value: string;
  confidence: string;
  lastVerifiedOn: string | null;
  ageDays: number | null;
};

export type KnowledgeReport = {
  today: string;
  rows: ReportRow[];
  stale: ReportRow[];
  /** Parameters whose last known value ended (null value or valid_until passed) with nothing after it. */
  noSuccessor: Array<{ parameter: string; file: string; endedOn: string }>;
  /** Atlas IDCCs without branch criteria in force today. */
  branchesWithoutCurrentCriteria: Array<{ idcc: string; label: string; latest: string | null }>;
  atlasBranches: number;
};

const display = (value: unknown) => {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function rowsOf(parameter: RuleParameter, today: string): ReportRow[] {
  return parameter.values.map((entry, index) => {
    const next = parameter.values[index + 1];
    return {
      parameter: parameter.name,
      file: parameter.file,
      date: entry.date,
      observed: entry.observed === true,
      until: next ? addDays(next.date, -1) : parameter.validUntil,
      value: entry.value === null ? 'aucune valeur (fin ou inconnu)' : display(entry.value),
      confidence: parameter.confidence,
      lastVerifiedOn: parameter.lastVerifiedOn,
      ageDays: parameter.lastVerifiedOn ? daysBetween(parameter.lastVerifiedOn, today) : null,
    };
  });
}

function endedWithoutSuccessor(parameter: RuleParameter, today: string): string | null {
  const last = parameter.values.at(-1);
  if (!last) return null;
  if (last.value === null) return last.date;
  return parameter.validUntil && parameter.validUntil < today ? addDays(parameter.validUntil, 1) : null;
}

function atlasIdccs(book: RuleBook): Array<{ idcc: string; label: string }> {
  return Object.values(book.parameters).flatMap((parameter) => {
    const value = parameter.values.at(-1)?.value as {
      opco?: string;
      label?: string;
      merged_into?: string;
    } | null;
    if (!parameter.name.startsWith('idcc.') || value?.opco !== 'atlas' || value.merged_into) return [];
    return [{ idcc: parameter.name.slice('idcc.'.length), label: value.label ?? '' }];
  });
}

function currentCriteria(
  book: RuleBook,
  idcc: string,
  today: string,
): { current: boolean; latest: string | null } {
  const parameters = Object.values(book.parameters).filter((parameter) =>
    parameter.name.startsWith(`branches.${idcc}.`),
  );
  const latest =
    parameters
      .flatMap((parameter) => parameter.values.map((value) => value.date))
      .sort()
      .at(-1) ?? null;
  const current = parameters.some((parameter) => {
    const inForce = parameter.values.filter((value) => value.date <= today).at(-1);
    return inForce?.value != null && (parameter.validUntil === null || parameter.validUntil >= today);
  });
  return { current, latest };
}

/** Builds the report from a RuleBook at a date (pure, for tests). */
export function buildKnowledgeReport(book: RuleBook, today: string): KnowledgeReport {
  const parameters = Object.values(book.parameters).sort((left, right) =>
    `${left.file}${left.name}`.localeCompare(`${right.file}${right.name}`),
  );
  const rows = parameters.flatMap((parameter) => rowsOf(parameter, today));
  const stale = rows.filter((row) => row.ageDays === null || row.ageDays > STALE_AFTER_DAYS);
  const noSuccessor = parameters.flatMap((parameter) => {
    const endedOn = endedWithoutSuccessor(parameter, today);
    return endedOn ? [{ parameter: parameter.name, file: parameter.file, endedOn }] : [];
  });
  const idccs = atlasIdccs(book);
  const branchesWithoutCurrentCriteria = idccs.flatMap(({ idcc, label }) => {
    const { current, latest } = currentCriteria(book, idcc, today);
    return current ? [] : [{ idcc, label, latest }];
  });
  return { today, rows, stale, noSuccessor, branchesWithoutCurrentCriteria, atlasBranches: idccs.length };
}

export function summaryLine(report: KnowledgeReport): string {
  const never = report.stale.filter((row) => row.lastVerifiedOn === null).length;
  return (
    `knowledge:report — ${report.rows.length} valeurs datées ; ${report.stale.length} non vérifiées depuis 12 mois ` +
    `(dont ${never} jamais vérifiées) ; ${report.noSuccessor.length} périodes sans suite connue ; ` +
    `${report.branchesWithoutCurrentCriteria.length} branches Atlas sur ${report.atlasBranches} sans critères en vigueur en ${report.today.slice(0, 4)}`
  );
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function toMarkdown(report: KnowledgeReport): string {
  const lines = [
    '# Rapport sur la connaissance (knowledge/rules)',
    '',
    `Généré par \`npm run knowledge:report\` le ${report.today}. Ne pas modifier à la main.`,
    '',
    `**${summaryLine(report).replace('knowledge:report — ', '')}.**`,
    '',
    '## Branches Atlas sans critères en vigueur cette année',
    '',
    'Ajoutez-les avec `knowledge/rules/branches/_template.yaml` (voir le README, « Ajouter les critères de l’année d’une branche »).',
    '',
    '| IDCC | Convention | Derniers critères connus |',
    '|---|---|---|',
    ...report.branchesWithoutCurrentCriteria.map(
      (branch) => `| ${branch.idcc} | ${cell(branch.label)} | ${branch.latest ?? 'aucun'} |`,
    ),
    '',
    '## Périodes sans suite connue',
    '',
    'La dernière valeur a pris fin (valeur nulle ou `valid_until` dépassé) et aucune valeur suivante n’est connue.',
    '',
    '| Paramètre | Fichier | Sans valeur connue depuis |',
    '|---|---|---|',
    ...report.noSuccessor.map((entry) => `| \`${entry.parameter}\` | ${entry.file} | ${entry.endedOn} |`),
    '',
    '## Toutes les valeurs',
    '',
    '« Constatée » : la date est celle d’une source datée (publication), pas une date d’effet. ⚠ : non vérifiée depuis 12 mois ou jamais.',
    '',
    '| Paramètre | Date d’effet | Fin de validité | Valeur | Confiance | Vérifiée le | Âge (jours) |',
    '|---|---|---|---|---|---|---|',
    ...report.rows.map(
      (row) =>
        `| \`${row.parameter}\` | ${row.observed ? `constatée le ${row.date}` : row.date} | ${row.until ?? '—'} | ${cell(row.value)} | ${row.confidence} | ${
          row.lastVerifiedOn ?? 'non vérifiée'
        } | ${row.ageDays ?? '—'}${row.ageDays === null || row.ageDays > STALE_AFTER_DAYS ? ' ⚠' : ''} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function main() {
  const today = process.env.KNOWLEDGE_REPORT_DATE ?? new Date().toISOString().split('T')[0]!;
  const report = buildKnowledgeReport(parseRuleFiles(readRuleFiles()), today);
  writeFileSync(join(root, 'docs', 'knowledge-report.md'), toMarkdown(report));
  console.log(summaryLine(report));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
