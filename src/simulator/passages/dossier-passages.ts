/** @module Passages for the refusal-reason catalogue and the document checklists. */
import type { Passage } from '../../knowledge/passage';
import { DOCUMENT_CONDITIONS } from '../dossier/document-conditions';
import type { RuleBook } from '../parameters/rule-book';
import { parameterNames } from '../parameters/value-at';
import type { ChecklistValue, DocumentValue, RefusalValue } from '../parameters/value-shapes';
import { latestOf, toRulePassage } from './to-rule-passage';

const slug = (name: string) => name.replace(/[._]/g, '-').toLowerCase();

export function refusalPassages(ruleBook: RuleBook): Passage[] {
  return parameterNames(ruleBook, 'refus.').flatMap((name) => {
    const parameter = ruleBook.parameters[name]!;
    const dated = latestOf(parameter);
    const value = dated?.value as RefusalValue | null;
    if (!dated || !value) return [];
    return [
      toRulePassage(
        {
          id: `rule-${slug(name)}`,
          title: value.question,
          heading: parameter.file,
          text: `${value.message} Que faire : ${value.remedy}`,
          keywords: ['refus', 'motif de refus', 'rejet', 'prise en charge refusée', value.code.toLowerCase()],
        },
        [dated],
      ),
    ];
  });
}

export function documentLabel(ruleBook: RuleBook, code: string): string {
  const parameter = ruleBook.parameters[`document.${code}`];
  const value = parameter ? (latestOf(parameter)?.value as DocumentValue | null) : null;
  return value?.label ?? code;
}

export function checklistPassages(ruleBook: RuleBook): Passage[] {
  return parameterNames(ruleBook, 'pieces.').flatMap((name) => {
    const parameter = ruleBook.parameters[name]!;
    const dated = latestOf(parameter);
    const value = dated?.value as ChecklistValue | null;
    if (!dated || !value) return [];
    const items = value.items.map((item) => {
      const label = item.any_of.map((code) => documentLabel(ruleBook, code)).join(' ou ');
      const condition = item.when ? DOCUMENT_CONDITIONS[item.when]?.label : undefined;
      return condition ? `${label} (${condition})` : label;
    });
    const list =
      items.length > 0
        ? `préparez : ${items.join(' ; ')}.`
        : 'aucune pièce particulière n’est demandée à l’employeur.';
    return [
      toRulePassage(
        {
          id: `rule-${slug(name)}`,
          title: value.question,
          heading: parameter.file,
          text: `${value.situation.charAt(0).toUpperCase()}${value.situation.slice(1)}, ${list}${value.note ? ` ${value.note}` : ''}`,
          keywords: ['pièces', 'documents', 'justificatifs', 'dossier', 'liste des pièces', 'checklist'],
        },
        [dated],
      ),
    ];
  });
}
