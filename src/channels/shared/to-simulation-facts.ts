/** @module Turns the simulator's tool outputs into labelled figures (Slack fields, Teams FactSet). */
import type { ToolCall } from '../../chat/answer-contract';

export type SimulationFact = { label: string; value: string };

const MAX_FACTS = 10;

const OUTCOME_LABELS: Record<string, string> = {
  eligible: 'Éligible',
  partially_eligible: 'Partiellement éligible',
  not_eligible: 'Non éligible',
  rates_unknown: 'Taux de la branche non connus',
  atlas: 'Relève d’OPCO Atlas',
  other_opco: 'Relève d’un autre OPCO',
  unknown: 'Rattachement inconnu',
};

const RULES_STATUS_LABELS: Record<string, string> = {
  verified: 'vérifiés',
  indicative: 'indicatifs',
  unknown: 'inconnus',
};

const AMOUNT_FIELDS: Array<{ path: string[]; label: string }> = [
  { path: ['amount'], label: 'Prise en charge estimée' },
  { path: ['remainingCost'], label: 'Reste à charge' },
  { path: ['hiringAid', 'amount'], label: 'Aide à l’embauche' },
  { path: ['employerParticipation', 'amount'], label: 'Participation employeur' },
  { path: ['npec', 'amount'], label: 'Niveau de prise en charge (NPEC)' },
];

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 2,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAtPath(record: Record<string, unknown>, path: string[]): unknown {
  let current: unknown = record;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

function factsOf(output: Record<string, unknown>): SimulationFact[] {
  const facts: SimulationFact[] = [];
  const outcome = output.outcome;
  // The answer already asks for the missing inputs; figures of an incomplete simulation would mislead.
  if (outcome === 'needs_input') return facts;
  if (typeof outcome === 'string' && OUTCOME_LABELS[outcome]) {
    facts.push({ label: 'Résultat', value: OUTCOME_LABELS[outcome] });
  }
  if (typeof output.opco === 'string' && output.opco) facts.push({ label: 'OPCO', value: output.opco });
  for (const field of AMOUNT_FIELDS) {
    const amount = valueAtPath(output, field.path);
    if (typeof amount === 'number' && Number.isFinite(amount)) {
      facts.push({ label: field.label, value: euros.format(amount) });
    }
  }
  if (typeof output.rulesAsOf === 'string') facts.push({ label: 'Règles au', value: output.rulesAsOf });
  const status = output.rulesStatus;
  if (typeof status === 'string' && RULES_STATUS_LABELS[status]) {
    facts.push({ label: 'Statut des taux', value: RULES_STATUS_LABELS[status] });
  }
  return facts;
}

/** Figures computed by the simulator in this answer, labelled in French; search calls give none. */
export function toSimulationFacts(toolCalls: readonly ToolCall[]): SimulationFact[] {
  return toolCalls.flatMap((call) => (isRecord(call.output) ? factsOf(call.output) : [])).slice(0, MAX_FACTS);
}
