/** @module rulePassages: every rule rendered as short French passages that search indexes and answers quote. */
import type { Passage } from '../../knowledge/passage';
import type { RuleBook } from '../parameters/rule-book';
import type { DatedValue } from '../parameters/value-at';
import { checklistPassages, refusalPassages } from './dossier-passages';
import { idccPassages, nafPassages } from './membership-passages';
import { renderTemplate } from './render-template';
import { latestOf, toRulePassage } from './to-rule-passage';

function templatePassages(ruleBook: RuleBook): Passage[] {
  return ruleBook.passages.map((template) => {
    const rendered = renderTemplate(ruleBook, template.body);
    const listed = template.parameters
      .map((name) => ruleBook.parameters[name])
      .flatMap((parameter) => (parameter ? [latestOf(parameter)] : []))
      .filter((value): value is DatedValue => value !== null);
    return toRulePassage(
      {
        id: template.id,
        title: template.title,
        heading: template.file,
        text: rendered.text,
        keywords: template.keywords,
      },
      [...rendered.values, ...listed],
    );
  });
}

/** Every rule as French passages (kind 'rule', ids 'rule-…'). */
export function rulePassages(ruleBook: RuleBook): Passage[] {
  return [
    ...templatePassages(ruleBook),
    ...idccPassages(ruleBook),
    ...nafPassages(ruleBook),
    ...refusalPassages(ruleBook),
    ...checklistPassages(ruleBook),
  ];
}
