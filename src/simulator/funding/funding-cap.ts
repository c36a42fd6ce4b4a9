/** @module The funding cap of a complete request: branch scale when one is verified, legal hourly default, or unknown. */
import type { DatedValue } from '../parameters/value-at';
import type { BandsValue } from '../parameters/value-shapes';
import { formatDate, formatEuros, formatNumber, roundCents } from '../shared/format-french';
import type { RulesStatus, Source, Step } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
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

function planCap(rules: RuleReader, input: FundingInput, idcc: string | null, date: string): CapResult {
  const steps: Step[] = [];
  const nextSteps = [
    'Consultez les critères de financement de votre branche sur le site d’Atlas, ou demandez-les à votre conseiller Atlas.',
  ];
  const scale = idcc ? branchScale(rules, input.scheme!, idcc, date) : null;
  const band = scale?.value.find(
    (entry) =>
      input.headcount! >= entry.effectif_min &&
      (entry.effectif_max === null || input.headcount! <= entry.effectif_max),
  );
  if (!scale || !band) {
    steps.push(criteriaStep(rules, date));
    steps.push({
      label: 'Barème de la branche à cette date',
      value: 'non connu : aucun montant n’est calculé',
      source: null,
    });
    return { cap: null, capSource: null, status: 'unknown', steps, nextSteps };
  }
  const bandLabel = `${formatNumber(band.effectif_min)} à ${band.effectif_max === null ? '…' : formatNumber(band.effectif_max)} salariés`;
  if (!isVerifiedAt(scale, date)) {
    steps.push(criteriaStep(rules, date));
    steps.push(
      ruleStep(
        `Plafond annuel indicatif de la branche (IDCC ${idcc}, ${bandLabel})`,
        `${formatEuros(band.montant, 'HT')} par an — critères en vigueur à partir du ${formatDate(scale.effectiveDate)}${
          scale.validUntil ? ` et confirmés jusqu’au ${formatDate(scale.validUntil)}` : ''
        } ; non confirmé à cette date, ce n’est pas le montant pris en charge`,
        scale,
      ),
    );
    return { cap: null, capSource: null, status: 'indicative', steps, nextSteps };
  }
  steps.push(
    ruleStep(
      `Plafond annuel de la branche (IDCC ${idcc}, ${bandLabel})`,
      `${formatEuros(band.montant, 'HT')} par an et par entreprise — critères du ${formatDate(scale.effectiveDate)}`,
      scale,
    ),
  );
  steps.push(
    ruleStep(
      'Plafond annuel par entreprise',
      'les financements déjà obtenus dans l’année s’imputent sur ce plafond (non connus ici)',
      scale,
    ),
  );
  return {
    cap: band.montant,
    capSource: scale.reference,
    status: scale.confidence === 'official' ? 'verified' : 'indicative',
    steps,
    nextSteps: [],
  };
}

function hourlyCap(rules: RuleReader, input: FundingInput, scheme: Scheme, date: string): CapResult {
  const config = HOURLY[scheme]!;
  const rate = rules.numberAt(`${config.prefix}.taux_horaire_defaut`, date);
  const steps: Step[] = [criteriaStep(rules, date)];
  if (!rate) return { cap: null, capSource: null, status: 'unknown', steps, nextSteps: [] };
  const hours = input.hours!;
  const trainees = input.trainees!;
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
  if (HOURLY[scheme]) return hourlyCap(rules, input, scheme, date);
  if (scheme === 'apprentissage') return apprenticeshipCap(rules, date);
  return planCap(rules, input, idcc, date);
}
