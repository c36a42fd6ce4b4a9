/** @module checkMembership: which OPCO a company belongs to, from its IDCC (decisive), NAF code or sector (hints). */

import type { DatedValue } from '../parameters/value-at';
import { formatDate, withArticle } from '../shared/format-french';
import { type SimulationOptions, todayOf } from '../shared/result-types';
import type { RuleReader } from '../shared/rule-reader';
import { SimulatorInputError } from '../shared/simulator-input-error';
import {
  type Confidence,
  createMembershipHelpers,
  type Explanation,
  explain,
  weakest,
} from './membership-helpers';
import { createMembershipHints } from './membership-hints';
import type { MembershipInput, MembershipResult } from './membership-input-schema';
import { normalizeIdcc } from './normalize-idcc';

export function createCheckMembership(rules: RuleReader) {
  const { opcoName, idccAt, confirmSteps } = createMembershipHelpers(rules);
  const fromHints = createMembershipHints(rules);

  function fromIdcc(raw: string, input: MembershipInput, date: string): MembershipResult {
    const code = normalizeIdcc(raw);
    if (!code) throw new SimulatorInputError('invalid_idcc');
    const rule = rules.valueAt('adhesion.idcc_determine_opco', date);
    const explanation: Explanation[] = [
      explain('C’est la convention collective (IDCC) de l’établissement qui détermine l’OPCO.', rule),
    ];
    let entry = idccAt(code, date);
    const result = (
      outcome: MembershipResult['outcome'],
      confidence: Confidence,
      extra: Partial<MembershipResult> = {},
    ) =>
      ({
        outcome,
        opco: null,
        confidence,
        idcc: entry?.value
          ? { code, label: entry.value.label }
          : { code, label: 'Convention inconnue de nos données' },
        candidates: [],
        explanation,
        nextSteps: confirmSteps(date),
        missingInputs: [],
        rulesAsOf: date,
        ...extra,
      }) satisfies MembershipResult;
    if (!entry?.value) {
      explanation.push(explain(`L’IDCC ${code} ne figure pas dans nos listes de conventions.`, null));
      const hint = fromHints(input, date);
      return result('unknown', 'low', { candidates: hint?.candidates ?? [] });
    }
    const original = entry.value;
    let confidence = toLevel(entry);
    if (original.merged_into) {
      const target = idccAt(original.merged_into, date);
      explanation.push(
        explain(
          `Le champ de l’IDCC ${code} (${original.label}) a été fusionné dans l’IDCC ${original.merged_into}${
            target?.value ? ` (${target.value.label})` : ''
          }.`,
          entry,
        ),
      );
      if (target?.value) {
        entry = target;
        confidence = weakest(confidence, toLevel(target));
      }
    }
    const value = entry.value!;
    if (!value.opco) {
      explanation.push(explain(value.note ?? `L’IDCC ${code} n’est rattaché à aucun OPCO.`, entry));
      const hint = fromHints(input, date);
      return result('unknown', 'low', {
        idcc: { code, label: original.label },
        candidates: hint?.candidates ?? [],
        nextSteps: [
          value.status === 'sans_convention'
            ? 'Sans convention collective, déclarez l’OPCO de votre secteur d’activité (c’est lui qui vous rattache).'
            : 'Déclarez l’IDCC de la convention de votre secteur d’activité à la place de ce code.',
          ...confirmSteps(date),
        ],
      });
    }
    const opco = opcoName(value.opco, date);
    const atlas = value.opco === 'atlas';
    explanation.push(
      explain(
        `L’IDCC ${value === original ? code : original.merged_into} (${value.label}) relève de ${withArticle(opco ?? '')}${
          value.branch ? `, branche « ${value.branch} »` : ''
        } depuis le ${formatDate(entry.effectiveDate)}.`,
        entry,
      ),
    );
    if (entry.confidence === 'uncertain') {
      explanation.push(
        explain('Ce rattachement est une donnée incertaine, à confirmer auprès d’Atlas.', entry),
      );
    }
    if (atlas) {
      const dom = rules.valueAt('adhesion.dom_via_akto', date);
      if (dom?.value) {
        explanation.push(
          explain(
            'En Guadeloupe, Guyane, Martinique et à La Réunion, Atlas accompagne les entreprises via son partenaire Akto.',
            dom,
          ),
        );
      }
    }
    if (input.naf) {
      explanation.push(
        explain(
          'Le code NAF indiqué n’a pas été utilisé : il n’est qu’un indice statistique, l’IDCC prime.',
          rules.valueAt('adhesion.naf_indicatif', date),
        ),
      );
    }
    return result(atlas ? 'atlas' : 'other_opco', confidence, {
      opco,
      idcc: { code, label: original.label },
    });
  }

  function toLevel(dated: DatedValue): Confidence {
    return dated.confidence === 'uncertain' ? 'medium' : 'high';
  }

  return function checkMembership(input: MembershipInput, options?: SimulationOptions): MembershipResult {
    const date = todayOf(options);
    if (input.idcc !== undefined && String(input.idcc).trim() !== '')
      return fromIdcc(String(input.idcc), input, date);
    if (!input.naf && !input.sector) {
      return {
        outcome: 'needs_input',
        opco: null,
        confidence: 'low',
        idcc: null,
        candidates: [],
        explanation: [],
        nextSteps: ['Indiquez le code IDCC de votre convention collective (bulletin de paie ou DSN).'],
        missingInputs: ['idcc'],
        rulesAsOf: date,
      };
    }
    const hinted = fromHints(input, date);
    if (hinted) return hinted;
    return {
      outcome: 'unknown',
      opco: null,
      confidence: 'low',
      idcc: null,
      candidates: [],
      explanation: [
        explain('Ce code NAF ou ce secteur ne figure pas dans nos indices de rattachement.', null),
      ],
      nextSteps: [
        'Indiquez le code IDCC de votre convention collective pour conclure.',
        ...confirmSteps(date),
      ],
      missingInputs: ['idcc'],
      rulesAsOf: date,
    };
  };
}
