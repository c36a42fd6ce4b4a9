/** @module Cross-file checks of the rule data: every IDCC, OPCO and document code a value names must exist. */
import { KnowledgeValidationError } from '../../knowledge/knowledge-validation-error';
import type { RuleBook } from './rule-book';

function codesNamed(name: string, value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (name.startsWith('idcc.')) {
    return [
      ...(record.merged_into ? [`idcc.${record.merged_into}`] : []),
      ...(record.opco ? [`opco.${record.opco}`] : []),
    ];
  }
  if (name.startsWith('naf.')) return (record.idcc as string[]).map((code) => `idcc.${code}`);
  if (name.startsWith('secteur.'))
    return [...(record.idcc ? [`idcc.${record.idcc}`] : []), `opco.${record.opco}`];
  if (name.startsWith('pieces.')) {
    return (record.items as Array<{ any_of: string[] }>).flatMap((item) =>
      item.any_of.map((code) => `document.${code}`),
    );
  }
  return [];
}

/** Throws KnowledgeValidationError naming the file and value that points to a missing entry. */
export function checkCrossReferences(ruleBook: RuleBook): void {
  for (const parameter of Object.values(ruleBook.parameters)) {
    for (const { date, value } of parameter.values) {
      for (const target of codesNamed(parameter.name, value)) {
        if (!ruleBook.parameters[target]) {
          throw new KnowledgeValidationError(
            parameter.file,
            `parameters.${parameter.name}.values.${date}.value`,
            `renvoie à « ${target} », absent des données`,
          );
        }
      }
    }
  }
}
