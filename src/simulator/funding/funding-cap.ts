/** @module The funding cap of a complete request: branch scale when one is verified, legal hourly default, or unknown. */
import type { DatedValue } from '../parameters/value-at';
import type { RatesByLevelValue } from '../parameters/value-shapes';
import { formatDate, formatEuros, formatNumber, roundCents } from '../shared/format-french';
import type { RulesStatus, Source, Step } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
import { branchCeilings } from './branch-ceilings';
import type { FundingInput, Scheme } from './funding-input-schema';

export type CapResult = {
  cap: number | null;
  /** Source of the rule the cap comes from. */
  capSource: Source | null;
  status: RulesStatus;
  steps: Step[];
  nextSteps: string[];
};

const HOURLY: Partial<Record<Scheme, { prefix: string; label: string }>> = {
  contrat_professionnalisation: { prefix: 'contrat_pro', label: 'contrat de professionnalisation' },
  periode_reconversion: { prefix: 'reconversion', label: 'période de reconversion' },
};

/** A value is verified at a date when its source is not uncertain and still confirms it then. */
export function isVerifiedAt(dated: DatedValue, date: string): boolean {
  return dated.confidence !== 'uncertain' && (dated.validUntil === null || date <= dated.validUntil);
}

function criteriaStep(rules: RuleReader, date: string): Step {
  const page = rules.valueAt<string>('atlas.url_criteres_financement', date);
  return {
    ...ruleStep(
      'Critères de financement de votre branche (à consulter)',
      page ? String(page.value) : 'site opco-atlas.fr',
      page,
    ),
    kind: 'criteria_page',
  };
}

function planCap(rules: RuleReader, input: FundingInput, idcc: string | null, date: string): CapResult {
  const nextSteps = [
    'Consultez les critères de financement de votre branche sur le site d’Atlas, ou demandez-les à votre conseiller Atlas.',
  ];
  const ceilings = idcc ? branchCeilings(rules, input, idcc, date) : [];
  if (ceilings.length === 0) {
    return {
      cap: null,
      capSource: null,
      status: 'unknown',
      steps: [
        criteriaStep(rules, date),
        {
          label: 'Barème de la branche à cette date',
          value: 'non connu : aucun montant n’est calculé',
          source: null,
        },
      ],
      nextSteps,
    };
  }
  const stale = ceilings.find((ceiling) => !isVerifiedAt(ceiling.dated, date));
  if (stale) {
    return {
      cap: null,
      capSource: null,
      status: 'indicative',
      steps: [
        criteriaStep(rules, date),
        {
          ...ruleStep(
            stale.indicative.label,
            `${stale.indicative.value} — critères en vigueur à partir du ${formatDate(stale.dated.effectiveDate)}${
              stale.dated.validUntil ? ` et confirmés jusqu’au ${formatDate(stale.dated.validUntil)}` : ''
            } ; non confirmé à cette date, ce n’est pas le montant pris en charge`,
            stale.dated,
          ),
          kind: 'indicative',
        },
      ],
      nextSteps,
    };
  }
  const lowest = ceilings.reduce((low, ceiling) => (ceiling.amount < low.amount ? ceiling : low));
  const steps = ceilings.flatMap((ceiling) => ceiling.steps);
  if (ceilings.length > 1)
    steps.push(ruleStep('Plafond retenu (le plus bas)', formatEuros(lowest.amount, 'HT'), lowest.dated));
  return {
    cap: lowest.amount,
    capSource: lowest.dated.reference,
    status: ceilings.every((ceiling) => ceiling.dated.confidence === 'official') ? 'verified' : 'indicative',
    steps,
    nextSteps: [],
  };
}

/** The branch's contrat-pro hourly rate for the certification level, when the branch publishes one in force. */
function branchHourlyRate(
  rules: RuleReader,
  input: FundingInput,
  idcc: string | null,
  date: string,
): { rate: number; dated: DatedValue } | null {
  if (!idcc || input.scheme !== 'contrat_professionnalisation') return null;
  const rates = rules.valueAt<RatesByLevelValue | null>(
    `branches.${idcc}.contrat_pro.taux_horaire_par_niveau`,
    date,
  );
  if (!rates?.value || !isVerifiedAt(rates, date)) return null;
  const key = input.certificationLevel ? (`niveau_${input.certificationLevel}` as const) : 'sans_niveau';
  const rate = rates.value[key as keyof RatesByLevelValue];
  return rate === undefined ? null : { rate, dated: rates };
}

function hourlyCap(
  rules: RuleReader,
  input: FundingInput,
  scheme: Scheme,
  idcc: string | null,
  date: string,
): CapResult {
  const config = HOURLY[scheme]!;
  const hours = input.hours!;
  const trainees = input.trainees!;
  const branch = branchHourlyRate(rules, input, idcc, date);
  if (branch) {
    const cap = roundCents(branch.rate * hours * trainees);
    const level = input.certificationLevel
      ? `niveau ${input.certificationLevel}`
      : 'certification sans niveau';
    return {
      cap,
      capSource: branch.dated.reference,
      status: branch.dated.confidence === 'official' ? 'verified' : 'indicative',
      steps: [
        ruleStep(
          `Forfait horaire de la branche (IDCC ${idcc}, ${config.label}, ${level})`,
          `${formatEuros(branch.rate, 'HT')} par heure — critères du ${formatDate(branch.dated.effectiveDate)}`,
          branch.dated,
        ),
        ruleStep(
          `Plafond calculé : ${formatEuros(branch.rate, 'HT')} × ${formatNumber(hours)} h × ${formatNumber(trainees)} stagiaire(s)`,
          formatEuros(cap, 'HT'),
          branch.dated,
        ),
      ],
      nextSteps: [],
    };
  }
  const rate = rules.numberAt(`${config.prefix}.taux_horaire_defaut`, date);
  const steps: Step[] = [criteriaStep(rules, date)];
  if (!rate) return { cap: null, capSource: null, status: 'unknown', steps, nextSteps: [] };
  const cap = roundCents(rate.value * hours * trainees);
  steps.push(
    ruleStep(
      `Forfait horaire légal par défaut (${config.label}), faute de taux de branche Atlas connu`,
      `${formatEuros(rate.value)} par heure — en vigueur depuis le ${formatDate(rate.effectiveDate)}`,
      rate,
    ),
    ruleStep(
      `Plafond calculé : ${formatEuros(rate.value)} × ${formatNumber(hours)} h × ${formatNumber(trainees)} stagiaire(s)`,
      formatEuros(cap),
      rate,
    ),
  );
  const average = rules.numberAt(`${config.prefix}.cout_moyen`, date);
  if (average)
    steps.push(ruleStep('Repère : coût moyen financé par dispositif', formatEuros(average.value), average));
  return {
    cap,
    capSource: rate.reference,
    status: 'indicative',
    steps,
    nextSteps: [
      'Vérifiez auprès d’Atlas le forfait horaire fixé par votre branche : il peut différer du forfait légal par défaut.',
    ],
  };
}

function apprenticeshipCap(rules: RuleReader, date: string): CapResult {
  const referential = rules.valueAt<string>('apprentissage.npec.url_referentiel', date);
  return {
    cap: null,
    capSource: null,
    status: 'unknown',
    steps: [
      ruleStep(
        'Niveau de prise en charge (NPEC)',
        `fixé par certification et par branche — à consulter${referential ? ` : ${referential.value}` : ''}`,
        referential,
      ),
    ],
    nextSteps: [
      'Pour estimer le coût d’un contrat d’apprentissage (NPEC, aides, reste à charge), utilisez la simulation « apprentissage ».',
    ],
  };
}

export function computeFundingCap(
  rules: RuleReader,
  input: FundingInput,
  idcc: string | null,
  date: string,
): CapResult {
  const scheme = input.scheme!;
  if (HOURLY[scheme]) return hourlyCap(rules, input, scheme, idcc, date);
  if (scheme === 'apprentissage') return apprenticeshipCap(rules, date);
  return planCap(rules, input, idcc, date);
}
