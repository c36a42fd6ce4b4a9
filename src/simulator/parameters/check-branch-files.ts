/** @module Invariants of branch criteria files (knowledge/rules/branches/<idcc>-<slug>.yaml): one Atlas IDCC, dated for a year. */
import { KnowledgeValidationError } from '../../knowledge/knowledge-validation-error';
import type { RuleBook } from './rule-book';
import type { IdccValue } from './value-shapes';

const BRANCH_FILE = /branches\/(\d{4})-[a-z0-9-]+\.yaml$/;

/** The IDCC a branch file is named after, or null for other files (national rules, the 217 page, templates). */
export function branchIdccOf(path: string): string | null {
  return BRANCH_FILE.exec(path)?.[1] ?? null;
}

/**
 * Throws KnowledgeValidationError naming the file and field when a branch file's parameter is not named
 * `branches.<idcc>.…`, has no `valid_until` (Atlas publishes criteria per year), or when the IDCC is not an Atlas one.
 */
export function checkBranchFiles(ruleBook: RuleBook): void {
  for (const parameter of Object.values(ruleBook.parameters)) {
    const idcc = branchIdccOf(parameter.file);
    if (!idcc) continue;
    const field = `parameters.${parameter.name}`;
    if (!parameter.name.startsWith(`branches.${idcc}.`)) {
      throw new KnowledgeValidationError(
        parameter.file,
        field,
        `un fichier de branche ne définit que des paramètres « branches.${idcc}.… » (IDCC du nom du fichier)`,
      );
    }
    if (!parameter.validUntil) {
      throw new KnowledgeValidationError(
        parameter.file,
        `${field}.valid_until`,
        'date de fin attendue : les critères de branche valent pour l’année publiée (dernier jour de cette année)',
      );
    }
    const entry = ruleBook.parameters[`idcc.${idcc}`];
    const attached = entry?.values.some((value) => (value.value as IdccValue | null)?.opco === 'atlas');
    if (!attached) {
      throw new KnowledgeValidationError(
        parameter.file,
        field,
        `l’IDCC ${idcc} n’est pas rattaché à l’OPCO Atlas dans knowledge/rules/membership`,
      );
    }
  }
}
