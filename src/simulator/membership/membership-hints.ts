/** @module Membership hints from a NAF code or a sector: at most medium confidence, never decisive, they ask for the IDCC. */

import type { DatedValue } from '../parameters/value-at';
import type { NafValue, SectorValue } from '../parameters/value-shapes';
import { withArticle } from '../shared/format-french';
import { matchKey } from '../shared/normalize-words';
import type { RuleReader } from '../shared/rule-reader';
import { SimulatorInputError } from '../shared/simulator-input-error';
import { type Confidence, createMembershipHelpers, type Explanation, explain } from './membership-helpers';
import type { MembershipInput, MembershipResult } from './membership-input-schema';
import { normalizeNaf } from './normalize-idcc';

export function createMembershipHints(rules: RuleReader) {
  const { opcoName, idccAt, confirmSteps } = createMembershipHelpers(rules);

  /** NAF code first, then sector words: at most medium confidence, never decisive. */
  function hintsFor(input: MembershipInput, date: string): MembershipResult | null {
    return (
      (input.naf ? fromNaf(input.naf, date) : null) ?? (input.sector ? fromSector(input.sector, date) : null)
    );
  }

  function fromCandidates(
    candidates: MembershipResult['candidates'],
    confidence: Confidence,
    explanation: Explanation[],
    date: string,
  ): MembershipResult {
    const opcos = [...new Set(candidates.map((candidate) => candidate.opco))];
    const single = opcos.length === 1 ? (opcos[0] ?? null) : null;
    const atlasName = opcoName('atlas', date);
    const outcome = single === null ? 'unknown' : single === atlasName ? 'atlas' : 'other_opco';
    return {
      outcome,
      opco: single,
      confidence: outcome === 'unknown' ? 'low' : confidence,
      idcc: null,
      candidates,
      explanation,
      nextSteps: [
        outcome === 'atlas'
          ? 'Probablement OPCO Atlas : confirmez avec le code IDCC de votre convention collective.'
          : 'Indiquez le code IDCC de votre convention collective pour confirmer.',
        ...confirmSteps(date),
      ],
      missingInputs: ['idcc'],
      rulesAsOf: date,
    };
  }

  function candidateOf(code: string, date: string) {
    const entry = idccAt(code, date);
    const target = entry?.value?.merged_into ? idccAt(entry.value.merged_into, date) : entry;
    return {
      idcc: code,
      label: entry?.value?.label ?? `IDCC ${code}`,
      opco: opcoName(target?.value?.opco ?? null, date),
    };
  }

  function fromNaf(raw: string, date: string): MembershipResult | null {
    const naf = normalizeNaf(raw);
    if (!naf) throw new SimulatorInputError('invalid_naf');
    const hint = rules.valueAt<NafValue>(`naf.${naf}`, date);
    if (!hint?.value) return null;
    const candidates = hint.value.idcc.map((code) => candidateOf(code, date));
    const explanation = [
      explain(
        hint.value.idcc.length > 1
          ? `Le code NAF ${naf} (${hint.value.label}) peut correspondre à plusieurs conventions : ${candidates
              .map((candidate) => `IDCC ${candidate.idcc} (${candidate.label})`)
              .join(' ou ')}.`
          : `Le code NAF ${naf} (${hint.value.label}) correspond en général à l’IDCC ${candidates[0]?.idcc} (${candidates[0]?.label}).`,
        hint,
      ),
      explain(
        'Le code NAF n’est qu’un indice statistique : seul l’IDCC permet de conclure.',
        rules.valueAt('adhesion.naf_indicatif', date),
      ),
    ];
    return fromCandidates(candidates, hint.confidence === 'uncertain' ? 'low' : 'medium', explanation, date);
  }

  function fromSector(raw: string, date: string): MembershipResult | null {
    const words = ` ${matchKey(raw)} `;
    let best: { hint: DatedValue<SectorValue>; length: number } | null = null;
    for (const name of rules.names('secteur.')) {
      const hint = rules.valueAt<SectorValue>(name, date);
      if (!hint?.value) continue;
      for (const word of hint.value.words.map(matchKey)) {
        if (words.includes(` ${word} `) && word.length > (best?.length ?? 0))
          best = { hint, length: word.length };
      }
    }
    if (!best) return null;
    const { hint } = best;
    const value = hint.value;
    const candidates = [
      value.idcc
        ? candidateOf(value.idcc, date)
        : { idcc: null, label: value.label, opco: opcoName(value.opco, date) },
    ];
    const explanation = [
      explain(
        `Le secteur « ${raw.trim()} » évoque : ${value.label}, rattaché à ${withArticle(candidates[0]?.opco ?? value.opco)}. Ce n’est qu’une indication.`,
        hint,
      ),
    ];
    return fromCandidates(candidates, hint.confidence === 'uncertain' ? 'low' : 'medium', explanation, date);
  }

  return hintsFor;
}
