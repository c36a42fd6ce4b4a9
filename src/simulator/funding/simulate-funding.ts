/** @module simulateFunding: checks a funding request and, when the rules allow it, computes the amount with its steps. */
import { formatDate, formatEuros, roundCents } from '../shared/format-french';
import type { SimulationOptions, Step } from '../shared/result-types';
import { todayOf } from '../shared/result-types';
import type { RuleReader } from '../shared/rule-reader';
import { computeFundingCap } from './funding-cap';
import { runFundingChecks } from './funding-checks';
import type { FundingInput, FundingResult } from './funding-input-schema';
import { missingInputsOf } from './required-inputs';

const INPUT_LABELS: Record<string, string> = {
  scheme: 'le dispositif',
  idcc: 'le code IDCC',
  headcount: 'l’effectif',
  hours: 'la durée en heures',
  trainees: 'le nombre de stagiaires',
  costExclTax: 'le coût pédagogique HT',
  providerQualiopi: 'la certification Qualiopi de l’organisme',
  requestDate: 'la date de la demande',
  startDate: 'la date de début',
};

export function createSimulateFunding(rules: RuleReader) {
  return function simulateFunding(input: FundingInput, options?: SimulationOptions): FundingResult {
    const rulesAsOf = input.startDate ?? todayOf(options);
    const checks = runFundingChecks(rules, input, rulesAsOf);
    const missingInputs = missingInputsOf(input);
    const steps: Step[] = [
      { label: 'Règles lues à la date du', value: formatDate(rulesAsOf), source: null, kind: 'rules_date' },
      ...checks.steps,
    ];
    const base = {
      scheme: input.scheme ?? null,
      refusalReasons: checks.reasons,
      missingInputs,
      rulesAsOf,
    };
    const cost = input.costExclTax;
    if (cost !== undefined)
      steps.push({ label: 'Coût pédagogique déclaré', value: formatEuros(cost, 'HT'), source: null });

    if (checks.reasons.some((reason) => reason.blocking)) {
      steps.push({ label: 'Prise en charge', value: formatEuros(0), source: null });
      return {
        ...base,
        outcome: 'not_eligible',
        amount: 0,
        remainingCost: cost ?? null,
        steps,
        nextSteps: checks.reasons.filter((reason) => reason.blocking).map((reason) => reason.remedy),
        rulesStatus: 'unknown',
      };
    }
    if (missingInputs.length > 0) {
      return {
        ...base,
        outcome: 'needs_input',
        amount: null,
        remainingCost: null,
        steps,
        nextSteps: [`Précisez ${missingInputs.map((name) => INPUT_LABELS[name] ?? name).join(', ')}.`],
        rulesStatus: 'unknown',
      };
    }

    const capResult = computeFundingCap(rules, input, checks.canonicalIdcc, rulesAsOf);
    steps.push(...capResult.steps);
    const riskRemedies = checks.reasons.map((reason) => reason.remedy);
    if (capResult.cap === null || cost === undefined) {
      return {
        ...base,
        outcome: 'rates_unknown',
        amount: null,
        remainingCost: null,
        steps,
        nextSteps: [...capResult.nextSteps, ...riskRemedies],
        rulesStatus: capResult.status,
      };
    }
    const amount = roundCents(Math.min(cost, capResult.cap));
    const remainingCost = roundCents(cost - amount);
    const overCap = cost > capResult.cap;
    const refusalReasons = overCap
      ? [...checks.reasons, rules.refusal('refus.over_cap', rulesAsOf, false)]
      : checks.reasons;
    steps.push(
      {
        label: 'Prise en charge estimée (coût plafonné)',
        value: formatEuros(amount),
        source: capResult.capSource,
      },
      { label: 'Reste à charge de l’entreprise', value: formatEuros(remainingCost), source: null },
    );
    return {
      ...base,
      refusalReasons,
      outcome: overCap ? 'partially_eligible' : 'eligible',
      amount,
      remainingCost,
      steps,
      nextSteps: [...capResult.nextSteps, ...refusalReasons.map((reason) => reason.remedy)],
      rulesStatus: capResult.status,
    };
  };
}
