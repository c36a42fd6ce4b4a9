/** @module A branch's ceilings for one plan request: annual cap per size band, co-financing, hourly cap per trainee, AFEST rate. */
import type { DatedValue } from '../parameters/value-at';
import type { BandsValue } from '../parameters/value-shapes';
import { formatDate, formatEuros, formatNumber, formatRate, roundCents } from '../shared/format-french';
import type { Step } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
import { findCofinancing } from './branch-cofinancing';
import type { FundingInput, Scheme } from './funding-input-schema';

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
export type Ceiling = {
  amount: number;
  dated: DatedValue;
  steps: Step[];
  indicative: { label: string; value: string };
};

/** The ceilings a branch sets for one request: annual cap, co-financing, hourly cap per trainee, AFEST rate. */
export function branchCeilings(
  rules: RuleReader,
  input: FundingInput,
  idcc: string,
  date: string,
): Ceiling[] {
  const ceilings: Ceiling[] = [];
  const headcount = input.headcount!;
  const hours = input.hours!;
  const trainees = input.trainees!;
  const scale = branchScale(rules, input.scheme!, idcc, date);
  const band = scale?.value.find(
    (entry) =>
      headcount >= entry.effectif_min && (entry.effectif_max === null || headcount <= entry.effectif_max),
  );
  if (scale && band) {
    const bandLabel = `${formatNumber(band.effectif_min)} à ${band.effectif_max === null ? '…' : formatNumber(band.effectif_max)} salariés`;
    ceilings.push({
      amount: band.montant,
      dated: scale,
      indicative: {
        label: `Plafond annuel indicatif de la branche (IDCC ${idcc}, ${bandLabel})`,
        value: `${formatEuros(band.montant, 'HT')} par an`,
      },
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
      indicative: {
        label: `Cofinancement indicatif de la branche (IDCC ${idcc}, ${formatRate(cofinancing.rate.value)} du coût)`,
        value: `au plus ${formatEuros(cofinancing.band.montant, 'HT')}`,
      },
      steps: [
        ruleStep(
          `Cofinancement de la branche : ${formatRate(cofinancing.rate.value)} du coût, au plus ${formatEuros(cofinancing.band.montant, 'HT')}`,
          `${formatEuros(input.costExclTax, 'HT')} × ${formatRate(cofinancing.rate.value)} = ${formatEuros(share, 'HT')} → ${formatEuros(amount, 'HT')} — critères du ${formatDate(cofinancing.scale.effectiveDate)}`,
          cofinancing.rate,
        ),
      ],
    });
  }
  const hourlyName =
    input.format === 'afest'
      ? `branches.${idcc}.afest.cout_horaire`
      : `branches.${idcc}.plan.cout_horaire_max`;
  const hourly = rules.numberAt(hourlyName, date);
  if (hourly) {
    const amount = roundCents(hourly.value * hours * trainees);
    const label =
      input.format === 'afest'
        ? 'Forfait horaire AFEST de la branche'
        : 'Plafond horaire de la branche par stagiaire';
    ceilings.push({
      amount,
      dated: hourly,
      indicative: {
        label: `${label} indicatif (IDCC ${idcc})`,
        value: `${formatEuros(hourly.value, 'HT')} par heure`,
      },
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
