/** @module checkMembership: which OPCO a company belongs to, from its IDCC (decisive), NAF code or sector (hints). */
import { AppError } from '../../errors';
import type { DatedValue } from '../parameters/value-at';
import type { IdccValue, NafValue, OpcoValue, SectorValue } from '../parameters/value-shapes';
import { formatDate, withArticle } from '../shared/format-french';
import { matchKey } from '../shared/normalize-words';
import { type SimulationOptions, todayOf } from '../shared/result-types';
import type { RuleReader } from '../shared/rule-reader';
import type { MembershipInput, MembershipResult } from './membership-input-schema';
import { normalizeIdcc, normalizeNaf } from './normalize-idcc';

type Confidence = MembershipResult['confidence'];
type Explanation = MembershipResult['explanation'][number];

const RANK: Confidence[] = ['low', 'medium', 'high'];
const weakest = (...levels: Confidence[]): Confidence =>
  levels.reduce((low, level) => (RANK.indexOf(level) < RANK.indexOf(low) ? level : low), 'high');

export function createCheckMembership(rules: RuleReader) {
  const opcoName = (id: string | null, date: string) =>
    id ? (rules.valueAt<OpcoValue>(`opco.${id}`, date)?.value?.name ?? id) : null;
  const idccAt = (code: string, date: string) => rules.valueAt<IdccValue>(`idcc.${code}`, date);

  function confirmSteps(date: string): string[] {
    const finder = rules.valueAt<string>('adhesion.url_trouver_opco', date);
    return [
      'Vérifiez le code IDCC indiqué sur un bulletin de paie ou déclaré dans votre DSN.',
      'En cas de doute sur la convention applicable, rapprochez-vous de votre service paie ou de l’URSSAF : la convention dépend de l’activité principale réelle.',
      `Confirmez votre OPCO avec l’outil « Trouver mon OPCO » de France compétences, à partir de votre SIRET${
        finder?.value ? ` (${finder.value})` : ''
      }.`,
    ];
  }

  const explain = (text: string, dated: DatedValue | null): Explanation => ({
    text,
    source: dated?.reference ?? null,
  });

  function fromIdcc(raw: string, input: MembershipInput, date: string): MembershipResult {
    const code = normalizeIdcc(raw);
    if (!code) throw new AppError('invalid_idcc');
    const rule = rules.valueAt('adhesion.idcc_determine_opco', date);
    const explanation: Explanation[] = [
      explain('C’est la convention collective (IDCC) de l’établissement qui détermine l’OPCO.', rule),
    ];
    let entry = idccAt(code, date);
    const result = (outcome: MembershipResult['outcome'], confidence: Confidence, extra: Partial<MembershipResult> = {}) =>
      ({
        outcome,
        opco: null,
        confidence,
        idcc: entry?.value ? { code, label: entry.value.label } : { code, label: 'Convention inconnue de nos données' },
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
      explanation.push(explain('Ce rattachement est une donnée incertaine, à confirmer auprès d’Atlas.', entry));
    }
    if (atlas) {
      const dom = rules.valueAt('adhesion.dom_via_akto', date);
      if (dom?.value) {
        explanation.push(
          explain('En Guadeloupe, Guyane, Martinique et à La Réunion, Atlas accompagne les entreprises via son partenaire Akto.', dom),
        );
      }
    }
    if (input.naf) {
      explanation.push(
        explain('Le code NAF indiqué n’a pas été utilisé : il n’est qu’un indice statistique, l’IDCC prime.', rules.valueAt('adhesion.naf_indicatif', date)),
      );
    }
    return result(atlas ? 'atlas' : 'other_opco', confidence, { opco, idcc: { code, label: original.label } });
  }

  function toLevel(dated: DatedValue): Confidence {
    return dated.confidence === 'uncertain' ? 'medium' : 'high';
  }

  /** NAF code first, then sector words: at most medium confidence, never decisive. */
  function fromHints(input: MembershipInput, date: string): MembershipResult | null {
    return (input.naf ? fromNaf(input.naf, date) : null) ?? (input.sector ? fromSector(input.sector, date) : null);
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
    if (!naf) throw new AppError('invalid_request', 'Code NAF mal formé : indiquez 4 chiffres et une lettre, par exemple « 62.02A ».');
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
      explain('Le code NAF n’est qu’un indice statistique : seul l’IDCC permet de conclure.', rules.valueAt('adhesion.naf_indicatif', date)),
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
        if (words.includes(` ${word} `) && word.length > (best?.length ?? 0)) best = { hint, length: word.length };
      }
    }
    if (!best) return null;
    const { hint } = best;
    const value = hint.value;
    const candidates = [
      value.idcc ? candidateOf(value.idcc, date) : { idcc: null, label: value.label, opco: opcoName(value.opco, date) },
    ];
    const explanation = [
      explain(
        `Le secteur « ${raw.trim()} » évoque : ${value.label}, rattaché à ${withArticle(candidates[0]?.opco ?? value.opco)}. Ce n’est qu’une indication.`,
        hint,
      ),
    ];
    return fromCandidates(candidates, hint.confidence === 'uncertain' ? 'low' : 'medium', explanation, date);
  }

  return function checkMembership(input: MembershipInput, options?: SimulationOptions): MembershipResult {
    const date = todayOf(options);
    if (input.idcc !== undefined && String(input.idcc).trim() !== '') return fromIdcc(String(input.idcc), input, date);
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
      explanation: [explain('Ce code NAF ou ce secteur ne figure pas dans nos indices de rattachement.', null)],
      nextSteps: ['Indiquez le code IDCC de votre convention collective pour conclure.', ...confirmSteps(date)],
      missingInputs: ['idcc'],
      rulesAsOf: date,
    };
  };
}
