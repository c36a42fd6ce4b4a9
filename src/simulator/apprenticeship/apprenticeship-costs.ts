/** @module apprenticeshipCosts: hiring aid, employer participation, NPEC with the distance-learning cut, flat rates, tutor aid. */
import type { DatedValue } from '../parameters/value-at';
import type { HiringAidValue } from '../parameters/value-shapes';
import { sinceText, verificationText } from '../shared/dating';
import { formatDate, formatEuros, formatNumber, formatRate, roundCents } from '../shared/format-french';
import type { SimulationOptions, Step } from '../shared/result-types';
import { todayOf } from '../shared/result-types';
import { type RuleReader, ruleStep } from '../shared/rule-reader';
import type { ApprenticeshipInput, ApprenticeshipResult, SourcedAmount } from './apprenticeship-input-schema';
import { transmissionNextSteps } from './transmission-next-steps';

type Complete = Required<Pick<ApprenticeshipInput, 'certificationLevel' | 'headcount' | 'contractDate'>> &
  ApprenticeshipInput;

const INPUT_LABELS = {
  certificationLevel: 'le niveau de la certification préparée',
  headcount: 'l’effectif de l’entreprise',
  contractDate: 'la date de conclusion du contrat',
} as const;

const sourced = (amount: number | null, dated: DatedValue | null, note: string): SourcedAmount => ({
  amount,
  source: dated?.reference ?? null,
  note,
});

export function createApprenticeshipCosts(rules: RuleReader) {
  function hiringAid(input: Complete, steps: Step[]): SourcedAmount {
    const date = input.contractDate;
    const scale = rules.valueAt<HiringAidValue | null>('apprentissage.aide_embauche', date);
    if (!scale?.value) {
      const note = scale
        ? `Aucun barème connu pour les contrats conclus à partir du ${formatDate(scale.effectiveDate)}.`
        : 'Aucun barème connu pour cette date de contrat.';
      steps.push(ruleStep('Aide à l’embauche', `non connue — ${note}`, scale));
      return sourced(null, scale, note);
    }
    // why: the grid is chosen by the conclusion date, but the 2026 decree only covers contracts that start before its end.
    const atStart = input.startDate
      ? rules.valueAt<HiringAidValue | null>('apprentissage.aide_embauche', input.startDate)
      : null;
    if (atStart && !atStart.value) {
      const note = `Aucun barème connu pour les contrats débutant à partir du ${formatDate(atStart.effectiveDate)} (début le ${formatDate(input.startDate!)}).`;
      steps.push(ruleStep('Aide à l’embauche', `non connue — ${note}`, atStart));
      return sourced(null, atStart, note);
    }
    const threshold = rules.numberAt('apprentissage.aide_embauche.seuil_effectif', date);
    const large = threshold !== null && input.headcount >= threshold.value;
    // why: some periods give a disabled apprentice 6 000 € only under 250 employees; older grids have no size split.
    const disabledLarge =
      scale.value.apprenti_handicape_au_moins_250_salaries ?? scale.value.apprenti_handicape;
    const grid = input.disability
      ? large
        ? disabledLarge
        : scale.value.apprenti_handicape
      : large
        ? scale.value.au_moins_250_salaries
        : scale.value.moins_de_250_salaries;
    const amount = grid[`niveau_${input.certificationLevel}` as keyof HiringAidValue['apprenti_handicape']];
    const size = `entreprise ${large ? 'd’au moins' : 'de moins de'} ${threshold ? formatNumber(threshold.value) : '…'} salariés`;
    const who = input.disability ? `apprenti en situation de handicap, ${size}` : size;
    const none = amount === 0 ? ' Aucune aide n’est due dans ce cas.' : '';
    const note =
      amount === null
        ? `Aucune donnée pour le niveau ${input.certificationLevel} sur cette période.`
        : `Contrats conclus à partir du ${formatDate(scale.effectiveDate)}, ${who}, niveau ${input.certificationLevel}.${none}${
            scale.value.note ? ` ${scale.value.note}` : ''
          }`;
    steps.push(
      ruleStep(
        'Aide à l’embauche (première année)',
        amount === null ? 'non connue' : `${formatEuros(amount)} — ${note}`,
        scale,
      ),
    );
    const months = rules.numberAt('apprentissage.aide_embauche.delai_transmission_mois', date);
    if (amount && months) {
      steps.push(
        ruleStep(
          'Conditions de versement de l’aide',
          `contrat transmis à l’OPCO dans les ${formatNumber(months.value)} mois ; versement mensuel par l’ASP via la DSN ; au jour près pour un contrat de moins d’un an ou rompu la première année ; pas de seconde aide pour le même apprenti et la même certification`,
          months,
        ),
      );
    }
    return sourced(amount, scale, note);
  }

  function participation(
    input: Pick<Complete, 'certificationLevel' | 'contractDate'>,
    steps: Step[],
  ): SourcedAmount {
    const date = input.contractDate;
    const amount = rules.numberAt('apprentissage.participation_employeur.montant', date);
    const minimum = rules.numberAt('apprentissage.participation_employeur.niveau_minimum', date);
    if (!amount || !minimum) {
      const first = rules.earliest('apprentissage.participation_employeur.montant');
      const note = first
        ? `Pas de participation pour les contrats conclus avant le ${formatDate(first.effectiveDate)}.`
        : '';
      steps.push(ruleStep('Participation obligatoire de l’employeur', `${formatEuros(0)} — ${note}`, first));
      return sourced(0, first, note);
    }
    const due = input.certificationLevel >= minimum.value;
    const note = due
      ? `Due pour une certification de niveau ${formatNumber(minimum.value)} ou plus, contrats depuis le ${formatDate(amount.effectiveDate)}.`
      : `Non due : niveau ${input.certificationLevel} inférieur au niveau ${formatNumber(minimum.value)}.`;
    steps.push(
      ruleStep(
        'Participation obligatoire de l’employeur',
        `${formatEuros(due ? amount.value : 0)} — ${note}`,
        amount,
      ),
    );
    return sourced(due ? amount.value : 0, amount, note);
  }

  function npec(input: Complete, steps: Step[]): SourcedAmount & { reductionApplied: boolean } {
    const date = input.contractDate;
    const referential = rules.valueAt<string>('apprentissage.npec.url_referentiel', date);
    if (input.npec === undefined) {
      const note = `Le NPEC est fixé par certification et par branche : consultez le référentiel de France compétences ou le site d’Atlas${
        referential ? ` (${referential.value})` : ''
      }.`;
      steps.push(ruleStep('Niveau de prise en charge (NPEC)', `non fourni — ${note}`, referential));
      return { ...sourced(null, referential, note), reductionApplied: false };
    }
    const rate = rules.numberAt('apprentissage.npec.abattement_distanciel.taux', date);
    const threshold = rules.numberAt('apprentissage.npec.abattement_distanciel.seuil_part_distanciel', date);
    const floor = rules.numberAt('apprentissage.npec.abattement_distanciel.plancher', date);
    const share = input.distanceLearningShare ?? 0;
    steps.push({ label: 'NPEC annuel indiqué', value: formatEuros(input.npec), source: null });
    if (!rate || !threshold || !floor || share < threshold.value) {
      const note = threshold
        ? `Pas d’abattement : formation à distance à ${formatRate(share)} (abattement à partir de ${formatRate(threshold.value)}).`
        : 'Pas d’abattement applicable à cette date.';
      steps.push(ruleStep('Abattement formation à distance', note, threshold));
      return { ...sourced(input.npec, threshold, note), reductionApplied: false };
    }
    const reduced = roundCents(Math.min(input.npec, Math.max(input.npec * (1 - rate.value), floor.value)));
    const note = `Formation à distance à ${formatRate(share)} : NPEC minoré de ${formatRate(rate.value)}, sans descendre sous ${formatEuros(floor.value)}.`;
    steps.push(
      ruleStep('NPEC après abattement formation à distance', `${formatEuros(reduced)} — ${note}`, rate),
    );
    return { ...sourced(reduced, rate, note), reductionApplied: reduced < input.npec };
  }

  function flat(name: string, label: string, date: string, steps: Step[]): SourcedAmount {
    const dated = rules.numberAt(name, date);
    steps.push(ruleStep(label, dated ? formatEuros(dated.value) : 'non connu', dated));
    return sourced(
      dated?.value ?? null,
      dated,
      dated ? `Plafond ${sinceText(dated)}, ${verificationText(dated)}.` : 'Non connu.',
    );
  }

  function tutorAid(date: string, steps: Step[]): ApprenticeshipResult['tutorAid'] {
    const monthly = flat(
      'tutorat.maitre_apprentissage.plafond_mensuel',
      'Aide à l’exercice de la fonction de maître d’apprentissage (plafond mensuel)',
      date,
      steps,
    );
    const months = rules.numberAt('tutorat.maitre_apprentissage.duree_max_mois', date);
    const maxTotal = monthly.amount !== null && months ? roundCents(monthly.amount * months.value) : null;
    if (maxTotal !== null && months) {
      steps.push(
        ruleStep(
          `Plafond total : ${formatEuros(monthly.amount!)} × ${formatNumber(months.value)} mois`,
          formatEuros(maxTotal),
          months,
        ),
      );
    }
    const hourly = rules.numberAt('tutorat.formation.plafond_horaire', date);
    const hours = rules.numberAt('tutorat.formation.heures_max', date);
    const trainingMax = hourly && hours ? roundCents(hourly.value * hours.value) : null;
    steps.push(
      ruleStep(
        'Formation du maître d’apprentissage (plafond)',
        hourly && hours
          ? `${formatEuros(hourly.value)} par heure × ${formatNumber(hours.value)} heures = ${formatEuros(trainingMax!)}`
          : 'non connu',
        hourly,
      ),
    );
    return {
      monthlyAmount: monthly,
      maxMonths: months?.value ?? null,
      maxTotal,
      trainingMax: sourced(
        trainingMax,
        hourly,
        'Plafonds légaux ; Atlas et la branche fixent les montants réels.',
      ),
    };
  }

  return function apprenticeshipCosts(
    input: ApprenticeshipInput,
    options?: SimulationOptions,
  ): ApprenticeshipResult {
    const rulesAsOf = input.contractDate ?? todayOf(options);
    const steps: Step[] = [
      { label: 'Règles lues à la date du', value: formatDate(rulesAsOf), source: null, kind: 'rules_date' },
    ];
    const missingInputs = (['certificationLevel', 'headcount', 'contractDate'] as const).filter(
      (name) => input[name] === undefined,
    );
    const complete = missingInputs.length === 0 ? (input as Complete) : null;
    const result = {
      hiringAid: complete ? hiringAid(complete, steps) : null,
      // why: the participation depends only on the level and the date, so it is known without the headcount.
      employerParticipation:
        input.certificationLevel !== undefined && input.contractDate !== undefined
          ? participation(
              { certificationLevel: input.certificationLevel, contractDate: input.contractDate },
              steps,
            )
          : null,
      npec: complete ? npec(complete, steps) : null,
    };
    const ancillaryCosts = {
      accommodationPerNight: flat(
        'apprentissage.frais_annexes.hebergement_nuitee',
        'Frais annexes : hébergement (par nuitée)',
        rulesAsOf,
        steps,
      ),
      mealPerMeal: flat(
        'apprentissage.frais_annexes.restauration_repas',
        'Frais annexes : restauration (par repas)',
        rulesAsOf,
        steps,
      ),
      firstEquipmentMax: flat(
        'apprentissage.frais_annexes.premier_equipement',
        'Frais annexes : premier équipement pédagogique (plafond)',
        rulesAsOf,
        steps,
      ),
    };
    return {
      outcome: complete ? 'computed' : 'needs_input',
      ...result,
      ancillaryCosts,
      tutorAid: tutorAid(rulesAsOf, steps),
      steps,
      missingInputs,
      rulesAsOf,
      nextSteps: [
        ...(complete ? [] : [`Précisez ${missingInputs.map((name) => INPUT_LABELS[name]).join(', ')}.`]),
        ...transmissionNextSteps(rules, rulesAsOf, input.startDate),
      ],
    };
  };
}
