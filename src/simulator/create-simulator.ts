/** @module createSimulator(ruleBook): the pure simulations and valueAt, bound to one RuleBook. */
import { createApprenticeshipCosts } from './apprenticeship/apprenticeship-costs';
import { createCheckDossier } from './dossier/check-dossier';
import { createSimulateFunding } from './funding/simulate-funding';
import { createTransmissionDeadline } from './funding/transmission-deadline';
import { createCheckMembership } from './membership/check-membership';
import type { RuleBook } from './parameters/rule-book';
import { createRuleReader } from './shared/rule-reader';

/** Builds the simulator once (e.g. at router creation); every function is pure and takes `{ today }`. */
export function createSimulator(ruleBook: RuleBook) {
  const rules = createRuleReader(ruleBook);
  return {
    valueAt: rules.valueAt,
    checkMembership: createCheckMembership(rules),
    simulateFunding: createSimulateFunding(rules),
    checkDossier: createCheckDossier(rules),
    apprenticeshipCosts: createApprenticeshipCosts(rules),
    transmissionDeadline: createTransmissionDeadline(rules),
  };
}

export type Simulator = ReturnType<typeof createSimulator>;
