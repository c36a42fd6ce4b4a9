/** @module Small helpers shared by the membership checks: OPCO names, explanations, where to confirm. */
import type { DatedValue } from '../parameters/value-at';
import type { IdccValue, OpcoValue } from '../parameters/value-shapes';
import type { RuleReader } from '../shared/rule-reader';
import type { MembershipResult } from './membership-input-schema';

export type Confidence = MembershipResult['confidence'];
export type Explanation = MembershipResult['explanation'][number];

const RANK: Confidence[] = ['low', 'medium', 'high'];

export const weakest = (...levels: Confidence[]): Confidence =>
  levels.reduce((low, level) => (RANK.indexOf(level) < RANK.indexOf(low) ? level : low), 'high');

export const explain = (text: string, dated: DatedValue | null): Explanation => ({
  text,
  source: dated?.reference ?? null,
});

export function createMembershipHelpers(rules: RuleReader) {
  return {
    opcoName: (id: string | null, date: string) =>
      id ? (rules.valueAt<OpcoValue>(`opco.${id}`, date)?.value?.name ?? id) : null,
    idccAt: (code: string, date: string) => rules.valueAt<IdccValue>(`idcc.${code}`, date),
    /** Where a company confirms its IDCC and OPCO: payslip or DSN, payroll or URSSAF, France compétences by SIRET. */
    confirmSteps(date: string): string[] {
      const finder = rules.valueAt<string>('adhesion.url_trouver_opco', date);
      return [
        'Vérifiez le code IDCC indiqué sur un bulletin de paie ou déclaré dans votre DSN.',
        'En cas de doute sur la convention applicable, rapprochez-vous de votre service paie ou de l’URSSAF : la convention dépend de l’activité principale réelle.',
        `Confirmez votre OPCO avec l’outil « Trouver mon OPCO » de France compétences, à partir de votre SIRET${
          finder?.value ? ` (${finder.value})` : ''
        }.`,
      ];
    },
  };
}

export type MembershipHelpers = ReturnType<typeof createMembershipHelpers>;
