/** @module Passages for IDCC membership facts (one per IDCC) and NAF hints (one per group of codes). */
import type { Passage } from '../../knowledge/passage';
import type { RuleBook } from '../parameters/rule-book';
import { parameterNames } from '../parameters/value-at';
import type { IdccValue, NafValue, OpcoValue } from '../parameters/value-shapes';
import { formatDate, withArticle } from '../shared/format-french';
import { latestOf, toRulePassage } from './to-rule-passage';

function opcoName(ruleBook: RuleBook, opco: string | null): string | null {
  if (!opco) return null;
  const parameter = ruleBook.parameters[`opco.${opco}`];
  const value = parameter ? (latestOf(parameter)?.value as OpcoValue | undefined) : undefined;
  return value?.name ?? opco;
}

function idccSentence(ruleBook: RuleBook, code: string, value: IdccValue, since: string): string {
  const subject = `La convention collective IDCC ${code} (${value.label})`;
  if (value.merged_into) {
    const target = latestOf(ruleBook.parameters[`idcc.${value.merged_into}`]!)?.value as
      | IdccValue
      | undefined;
    const opco = opcoName(ruleBook, target?.opco ?? null);
    return `Le champ de l'IDCC ${code} (${value.label}) a été fusionné dans l'IDCC ${value.merged_into}${
      target ? ` (${target.label})` : ''
    } : les entreprises concernées relèvent donc de ${opco ? withArticle(opco) : 'l’OPCO de cette convention'}.`;
  }
  const opco = opcoName(ruleBook, value.opco);
  if (!opco) return value.note ? '' : `${subject} n'est rattachée à aucun OPCO.`;
  const branch = value.branch ? `, branche « ${value.branch} »` : '';
  const atlas = value.opco === 'atlas' ? '' : ' et non de l’OPCO Atlas';
  return `${subject} relève de ${withArticle(opco)}${branch}${atlas}, depuis le ${formatDate(since)}.`;
}

export function idccPassages(ruleBook: RuleBook): Passage[] {
  return parameterNames(ruleBook, 'idcc.').flatMap((name) => {
    const parameter = ruleBook.parameters[name]!;
    const dated = latestOf(parameter);
    const value = dated?.value as IdccValue | null;
    if (!dated || !value) return [];
    const code = name.slice('idcc.'.length);
    const text = [idccSentence(ruleBook, code, value, dated.effectiveDate), value.note ?? '']
      .join(' ')
      .trim();
    const opco = opcoName(ruleBook, value.opco);
    return [
      toRulePassage(
        {
          id: `rule-idcc-${code}`,
          title: `IDCC ${code} (${value.label}) : quel OPCO ?`,
          heading: parameter.file,
          text,
          keywords: [
            `idcc ${code}`,
            `idcc ${code.replace(/^0+/, '')}`,
            'convention collective',
            'opco',
            'rattachement',
            ...(opco ? [opco] : []),
            ...(value.branch ? [value.branch] : []),
          ],
        },
        [dated],
      ),
    ];
  });
}

export function nafPassages(ruleBook: RuleBook): Passage[] {
  const groups = new Map<string, string[]>();
  for (const name of parameterNames(ruleBook, 'naf.')) {
    const value = latestOf(ruleBook.parameters[name]!)?.value as NafValue | null;
    if (!value) continue;
    const key = `${value.label}|${value.idcc.join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()].map((names) => {
    const values = names.map((name) => latestOf(ruleBook.parameters[name]!)!);
    const codes = names.map((name) => name.slice('naf.'.length));
    const hint = values[0]!.value as NafValue;
    const conventions = hint.idcc.map((code) => {
      const idcc = ruleBook.parameters[`idcc.${code}`];
      const label = idcc ? (latestOf(idcc)?.value as IdccValue | null)?.label : undefined;
      return `IDCC ${code}${label ? ` (${label})` : ''}`;
    });
    const several = conventions.length > 1;
    const subject =
      codes.length > 1
        ? `Les codes NAF ${codes.join(', ')} (${hint.label}) correspondent`
        : `Le code NAF ${codes[0]} (${hint.label}) correspond`;
    const text =
      `${subject} ${
        several
          ? `à plusieurs conventions possibles : ${conventions.join(' ou ')}`
          : `en général à la convention ${conventions[0]}`
      }. Le code NAF n'est qu'un indice statistique : c'est l'IDCC, sur le bulletin de paie ou la DSN, qui détermine l'OPCO.` +
      (hint.note ? ` ${hint.note}` : '');
    return toRulePassage(
      {
        id: `rule-naf-${codes[0]!.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
        title: `Code NAF ${codes.slice(0, 3).join(', ')}${codes.length > 3 ? '…' : ''} : quelle convention et quel OPCO ?`,
        heading: ruleBook.parameters[names[0]!]!.file,
        text,
        keywords: [
          'naf',
          'ape',
          'code naf',
          'code ape',
          ...codes,
          ...codes.map((code) => code.replace('.', '')),
        ],
      },
      values,
    );
  });
}
