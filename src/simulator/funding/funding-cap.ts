/** @module The funding cap of a complete request: branch scale when one is verified, legal hourly default, or unknown. */
import type { DatedValue } from '../parameters/value-at';
import type { BandsValue, RatesByLevelValue } from '../parameters/value-shapes';
import { formatDate, formatEuros, formatNumber, formatRate, roundCents } from '../shared/format-french';
import type { RulesStatus, Source, Step } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
import { findCofinancing } from './branch-cofinancing';
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
  return ruleStep(
    'Critères de financement de votre branche (à consulter)',
    page ? String(page.value) : 'site opco-atlas.fr',
    page,
  );
}

function branchScale(
  rules: RuleReader,
  scheme: Scheme,
  idcc: string,
  date: string,
): DatedValue<BandsValue> | null {
  const key = scheme === 'vae' ? 'vae' : 'plan';
  if (
    scheme === 'bilan_competences' &&
    !rules.valueAt<boolean>(`branches.${idcc}.plan.inclut_bilan_competences`, date)?.value
  ) {
    return null;
  }
  const scale = rules.valueAt<BandsValue | null>(`branches.${idcc}.${key}.bareme`, date);
  return scale?.value ? (scale as DatedValue<BandsValue>) : null;
}

/** One ceiling: `indicative` is how it is shown when its criteria are not confirmed at the date. */
type Ceiling = { amount: number; dated: DatedValue; steps: Step[]; indicative: { label: string; value: string } };

/** The ceilings a branch sets for one request: annual cap, co-financing, hourly cap per trainee, AFEST rate. */
function branchCeilings(rules: RuleReader, input: FundingInput, idcc: string, date: string): Ceiling[] {
  const ceilings: Ceiling[] = [];
  const headcount = input.headcount!;
  const hours = input.hours!;
  const trainees = input.trainees!;
  const scale = branchScale(rules, input.scheme!, idcc, date);
  const band = scale?.value.find(
    (entry) => headcount >= entry.effectif_min && (entry.effectif_max === null || headcount <= entry.effectif_max),
  );
  if (scale && band) {
    const bandLabel = `${formatNumber(band.effectif_min)} à ${band.effectif_max === null ? '…' : formatNumber(band.effectif_max)} salariés`;
    ceilings.push({
      amount: band.montant,
      dated: scale,
      indicative: { label: `Plafond annuel indicatif de la branche (IDCC ${idcc}, ${bandLabel})`, value: `${formatEuros(band.montant, 'HT')} par an` },
      steps: [
        ruleStep(
          `Plafond annuel de la branche (IDCC ${idcc}, ${bandLabel})`,
          `${formatEuros(band.montant, 'HT')} par an et par entreprise — critères du ${formatDate(scale.effectiveDate)}`,
          scale,
        ),
        ruleStep(
          'Plafond annuel par entreprise',
          'les financements déjà obtenus dans l’année s’imputent sur ce plafond (non connus ici)',
          scale,
        ),
      ],
    });
  }
  const cofinancing =
    !band && input.scheme === 'plan_developpement_competences'
      ? findCofinancing(rules, idcc, headcount, date)
      : null;
  if (cofinancing && input.costExclTax !== undefined) {
    const share = roundCents(input.costExclTax * cofinancing.rate.value);
    const amount = Math.min(share, cofinancing.band.montant);
    ceilings.push({
      amount,
      dated: cofinancing.scale,
      indicative: { label: `Cofinancement indicatif de la branche (IDCC ${idcc}, ${formatRate(cofinancing.rate.value)} du coût)`, value: `au plus ${formatEuros(cofinancing.band.montant, 'HT')}` },
      steps: [
        ruleStep(
          `Cofinancement de la branche : ${formatRate(cofinancing.rate.value)} du coût, au plus ${formatEuros(cofinancing.band.montant, 'HT')}`,
          `${formatEuros(input.costExclTax, 'HT')} × ${formatRate(cofinancing.rate.value)} = ${formatEuros(share, 'HT')} → ${formatEuros(amount, 'HT')} — critères du ${formatDate(cofinancing.scale.effectiveDate)}`,
          cofinancing.rate,
        ),
      ],
    });
  }
  const hourlyName = input.format === 'afest' ? `branches.${idcc}.afest.cout_horaire` : `branches.${idcc}.plan.cout_horaire_max`;
  const hourly = rules.numberAt(hourlyName, date);
  if (hourly) {
    const amount = roundCents(hourly.value * hours * trainees);
    const label = input.format === 'afest' ? 'Forfait horaire AFEST de la branche' : 'Plafond horaire de la branche par stagiaire';
    ceilings.push({
      amount,
      dated: hourly,
      indicative: { label: `${label} indicatif (IDCC ${idcc})`, value: `${formatEuros(hourly.value, 'HT')} par heure` },
      steps: [
        ruleStep(
          `${label} : ${formatEuros(hourly.value, 'HT')} × ${formatNumber(hours)} h × ${formatNumber(trainees)} stagiaire(s)`,
          `${formatEuros(amount, 'HT')} — critères du ${formatDate(hourly.effectiveDate)}`,
          hourly,
        ),
      ],
    });
  }
  return ceilings;
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
        { label: 'Barème de la branche à cette date', value: 'non connu : aucun montant n’est calculé', source: null },
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
        ruleStep(
          stale.indicative.label,
          `${stale.indicative.value} — critères en vigueur à partir du ${formatDate(stale.dated.effectiveDate)}${
            stale.dated.validUntil ? ` et confirmés jusqu’au ${formatDate(stale.dated.validUntil)}` : ''
          } ; non confirmé à cette date, ce n’est pas le montant pris en charge`,
          stale.dated,
        ),
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
  const rates = rules.valueAt<RatesByLevelValue | null>(`branches.${idcc}.contrat_pro.taux_horaire_par_niveau`, date);
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
    const level = input.certificationLevel ? `niveau ${input.certificationLevel}` : 'certification sans niveau';
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
