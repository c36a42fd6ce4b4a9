/** @module National checks of a funding request: OPCO, nature of the cost, Qualiopi, size, deadlines, hours. */

import { normalizeIdcc } from '../membership/normalize-idcc';
import { resolveIdcc } from '../membership/resolve-idcc';
import { formatDate, formatEuros, formatNumber, formatRate, withArticle } from '../shared/format-french';
import type { RefusalReason, Step } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
import { SimulatorInputError } from '../shared/simulator-input-error';
import { findCofinancing } from './branch-cofinancing';
import { checkFilingDeadline } from './check-filing-deadline';
import { isVerifiedAt } from './funding-cap';
import type { FundingInput, Scheme } from './funding-input-schema';

export type CheckResult = {
  reasons: RefusalReason[];
  steps: Step[];
  canonicalIdcc: string | null;
  atlas: boolean;
};

const PLAN_LIKE: Scheme[] = ['plan_developpement_competences', 'bilan_competences', 'vae'];

export function runFundingChecks(rules: RuleReader, input: FundingInput, date: string): CheckResult {
  const reasons: RefusalReason[] = [];
  const steps: Step[] = [];
  const result: CheckResult = { reasons, steps, canonicalIdcc: null, atlas: false };
  const { scheme } = input;

  if (input.idcc !== undefined) {
    const code = normalizeIdcc(String(input.idcc));
    if (!code) throw new SimulatorInputError('invalid_idcc');
    const resolved = resolveIdcc(rules, code, date);
    if (resolved.target?.value && resolved.opco === 'atlas') {
      result.atlas = true;
      result.canonicalIdcc = resolved.canonical;
      steps.push(
        ruleStep(
          'Rattachement à l’OPCO Atlas',
          `oui — IDCC ${resolved.canonical} (${resolved.target.value.label})${
            resolved.canonical !== code ? `, champ de l’IDCC ${code} fusionné` : ''
          }`,
          resolved.target,
        ),
      );
    } else if (resolved.entry) {
      const other = resolved.opco
        ? rules.valueAt<{ name: string }>(`opco.${resolved.opco}`, date)?.value?.name
        : null;
      steps.push(
        ruleStep(
          'Rattachement à l’OPCO Atlas',
          other ? `non — ${other}` : 'non — code sans OPCO',
          resolved.entry,
        ),
      );
      reasons.push(
        other
          ? rules.refusal(
              'refus.not_atlas_other_opco',
              date,
              true,
              `L’IDCC ${code} relève de ${withArticle(other)}.`,
            )
          : rules.refusal('refus.not_atlas_escape_code', date, true),
      );
    } else {
      steps.push({
        label: 'Rattachement à l’OPCO Atlas',
        value: `inconnu — IDCC ${code} absent de nos données`,
        source: null,
      });
      reasons.push(rules.refusal('refus.not_atlas_unknown_idcc', date, false));
    }
  }

  if (result.canonicalIdcc && scheme && PLAN_LIKE.includes(scheme)) {
    const contribution = rules.valueAt<boolean>(
      `branches.${result.canonicalIdcc}.contribution_conventionnelle_requise`,
      date,
    );
    if (contribution?.value) {
      steps.push(
        ruleStep(
          'Contribution conventionnelle de la branche',
          `à jour requise (critère du ${formatDate(contribution.effectiveDate)})`,
          contribution,
        ),
      );
      reasons.push(rules.refusal('refus.conv_contribution', date, false));
    }
  }

  if (input.costNature && input.costNature !== 'formation') {
    reasons.push(rules.refusal('refus.action_not_eligible_cost_nature', date, true));
  }

  if (input.providerQualiopi !== undefined) {
    const required = rules.valueAt<boolean>('qualiopi.obligatoire', date);
    steps.push(ruleStep('Organisme certifié Qualiopi', input.providerQualiopi ? 'oui' : 'non', required));
    if (required?.value && !input.providerQualiopi)
      reasons.push(rules.refusal('refus.provider_not_qualiopi', date, true));
  }

  if (scheme && PLAN_LIKE.includes(scheme) && input.headcount !== undefined) {
    const threshold = rules.numberAt(
      scheme === 'vae' ? 'vae.seuil_effectif_financement_opco' : 'plan.seuil_effectif_fonds_mutualises',
      date,
    );
    if (threshold) {
      steps.push(
        ruleStep(
          'Effectif de l’entreprise',
          `${formatNumber(input.headcount)} salarié(s) — fonds mutualisés réservés aux entreprises de moins de ${formatNumber(threshold.value)} salariés`,
          threshold,
        ),
      );
      const found =
        input.headcount >= threshold.value &&
        result.canonicalIdcc &&
        scheme === 'plan_developpement_competences'
          ? findCofinancing(rules, result.canonicalIdcc, input.headcount, date)
          : null;
      const cofinancing = found && isVerifiedAt(found.scale, date) ? found : null;
      if (cofinancing) {
        // why: a branch may co-finance the plan of companies above the threshold (e.g. IDCC 1486 in 2020, 50 to 199).
        steps.push(
          ruleStep(
            'Cofinancement de la branche au-delà du seuil',
            `oui — ${formatRate(cofinancing.rate.value)} du coût, au plus ${formatEuros(cofinancing.band.montant, 'HT')} versés par Atlas (critères du ${formatDate(cofinancing.scale.effectiveDate)})`,
            cofinancing.scale,
          ),
        );
      } else if (input.headcount >= threshold.value) {
        reasons.push(rules.refusal('refus.company_size', date, true));
      }
    }
  }

  if (scheme === 'periode_reconversion' && !rules.numberAt('reconversion.heures_min', date)) {
    const first = rules.earliest('reconversion.heures_min');
    steps.push(
      ruleStep(
        'Période de reconversion en vigueur à cette date',
        first ? `non — le dispositif s’applique à partir du ${formatDate(first.effectiveDate)}` : 'non',
        first,
      ),
    );
    reasons.push(rules.refusal('refus.action_not_eligible_reconversion_date', date, true));
  }
  if (scheme && input.requestDate && input.startDate) {
    const deadline = checkFilingDeadline(rules, scheme, input.requestDate, input.startDate, date);
    steps.push(...deadline.steps);
    reasons.push(...deadline.reasons);
  }
  if (scheme && input.hours !== undefined) checkHours(rules, scheme, input.hours, date, result);
  return result;
}

function checkHours(rules: RuleReader, scheme: Scheme, hours: number, date: string, result: CheckResult) {
  if (scheme === 'contrat_professionnalisation') {
    const minimum = rules.numberAt('contrat_pro.duree_formation_min_heures', date);
    if (!minimum) return;
    result.steps.push(
      ruleStep(
        'Durée minimale de formation du contrat pro',
        `${formatNumber(hours)} h prévues — minimum ${formatNumber(minimum.value)} heures`,
        minimum,
      ),
    );
    if (hours < minimum.value)
      result.reasons.push(rules.refusal('refus.action_not_eligible_contrat_pro_hours', date, true));
  }
  if (scheme === 'periode_reconversion') {
    const minimum = rules.numberAt('reconversion.heures_min', date);
    const maximum = rules.numberAt('reconversion.heures_max', date);
    if (!minimum || !maximum) return;
    result.steps.push(
      ruleStep(
        'Durée de la période de reconversion',
        `${formatNumber(hours)} h prévues — entre ${formatNumber(minimum.value)} et ${formatNumber(maximum.value)} heures`,
        minimum,
      ),
    );
    if (hours < minimum.value || hours > maximum.value) {
      result.reasons.push(rules.refusal('refus.action_not_eligible_reconversion_hours', date, true));
    }
  }
}
