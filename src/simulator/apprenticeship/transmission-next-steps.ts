/** @module What to do after signing an apprenticeship contract: the transmission deadline (jours ouvrables) and Atlas's answer. */
import { TRANSMISSION_DELAY, transmissionLimit } from '../funding/check-filing-deadline';
import { formatDate, formatNumber } from '../shared/format-french';
import type { RuleReader } from '../shared/rule-reader';

const TRANSMISSION = TRANSMISSION_DELAY.apprentissage;

/** The deadline sentence (with the exact last day when the start date is known) and the decision delay. */
export function transmissionNextSteps(rules: RuleReader, date: string, startDate?: string): string[] {
  const transmission = rules.numberAt(TRANSMISSION, date);
  const decision = rules.numberAt('apprentissage.delai_decision_jours', date);
  const steps: string[] = [];
  if (transmission) {
    const { limit, rule } = transmissionLimit(rules, TRANSMISSION, transmission, startDate ?? date);
    steps.push(
      startDate
        ? `Transmettez le contrat sur myAtlas au plus tard le ${formatDate(limit)} : ${rule}.`
        : `Transmettez le contrat à Atlas au plus tard ${formatNumber(transmission.value)} jours ouvrables après son début (tous les jours sauf le dimanche et les jours fériés ; le samedi compte).`,
    );
  }
  if (decision) {
    steps.push(
      `Atlas se prononce dans les ${formatNumber(decision.value)} jours suivant la réception d’un dossier complet ; sans réponse dans ce délai, la prise en charge est refusée.`,
    );
  }
  return steps;
}
