/** @module Sentences for a funding simulation: amount with its rule date and status, refusal reasons, or the missing inputs. */

import type { Language } from '../../search';
import type { FundingInput, FundingResult } from '../../simulator';
import type { Section } from './membership-answer';
import { ATLAS_CRITERIA_URL, euros, formatAmount, formatDay, reasonText, say } from './wording';

const INPUT_LABELS: Record<string, { fr: string; en: string }> = {
  scheme: {
    fr: 'le dispositif (plan de développement des compétences, contrat de professionnalisation, période de reconversion, VAE, bilan de compétences…)',
    en: 'the scheme (skills development plan, professionalisation contract, retraining period, VAE, skills assessment…)',
  },
  idcc: {
    fr: 'le code IDCC de votre convention collective',
    en: 'the IDCC code of your collective agreement',
  },
  headcount: { fr: 'l’effectif de l’entreprise', en: 'your company’s headcount' },
  hours: { fr: 'la durée de la formation en heures', en: 'the training duration in hours' },
  trainees: { fr: 'le nombre de salariés formés', en: 'the number of employees trained' },
  costExclTax: { fr: 'le coût pédagogique HT (devis)', en: 'the training cost excluding VAT (quote)' },
  providerQualiopi: {
    fr: 'si l’organisme de formation est certifié Qualiopi',
    en: 'whether the training provider is Qualiopi-certified',
  },
  requestDate: { fr: 'la date de dépôt de la demande', en: 'the date the request is filed' },
  startDate: { fr: 'la date de début de la formation', en: 'the training start date' },
};

const STATUS = {
  verified: { fr: 'source vérifiée', en: 'verified source' },
  indicative: { fr: 'montant indicatif, donnée à confirmer', en: 'indicative amount, to be confirmed' },
  unknown: { fr: 'barème inconnu', en: 'scale unknown' },
};

/** Labels of the inputs still missing, as a sentence fragment. */
export function missingInputsText(names: readonly string[], language: Language): string {
  return names.map((name) => INPUT_LABELS[name]?.[language] ?? name).join(' ; ');
}

function checkedSteps(result: FundingResult): string[] {
  return result.steps
    .filter((step) => step.source !== null && step.kind === undefined)
    .map((step) => `${step.label} : ${step.value}`);
}

/** Restates the training the user described ("formation de 21 h à 2 100 € HT"), from the tool input. */
function knownInputs(input: FundingInput, language: Language): string | null {
  const parts: string[] = [];
  if (input.hours !== undefined)
    parts.push(say(language, `${formatAmount(input.hours)} h`, `${formatAmount(input.hours)} h`));
  if (input.costExclTax !== undefined) parts.push(euros(input.costExclTax, say(language, 'HT', 'excl. VAT')));
  if (input.trainees !== undefined)
    parts.push(say(language, `${input.trainees} stagiaire(s)`, `${input.trainees} trainee(s)`));
  if (parts.length === 0) return null;
  return say(
    language,
    `J’ai bien noté votre formation (${parts.join(', ')}).`,
    `I have noted your training (${parts.join(', ')}).`,
  );
}

const list = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

export function fundingSection(result: FundingResult, input: FundingInput, language: Language): Section {
  const asOf = formatDay(result.rulesAsOf, language);
  const cost = input.costExclTax;
  if (result.outcome === 'not_eligible') {
    const blocking = result.refusalReasons.filter((reason) => reason.blocking);
    return {
      status: 'answered',
      blocks: [
        say(
          language,
          '**En l’état, la demande serait refusée** :',
          '**As things stand, the request would be refused**:',
        ),
        list(
          blocking.map((reason) => reasonText(reason, language, say(language, 'Que faire :', 'What to do:'))),
        ),
      ],
    };
  }
  if (result.outcome === 'needs_input') {
    const checked = checkedSteps(result);
    const risks = result.refusalReasons.map((reason) => reasonText(reason, language));
    const known = knownInputs(input, language);
    return {
      status: 'clarification',
      blocks: [
        ...(known ? [known] : []),
        say(
          language,
          `Pour estimer la prise en charge par Atlas, précisez : ${missingInputsText(result.missingInputs, language)}.`,
          `To estimate Atlas funding, please tell me: ${missingInputsText(result.missingInputs, language)}.`,
        ),
        ...(checked.length > 0
          ? [say(language, 'Déjà vérifié :', 'Already checked:'), list(checked.slice(0, 4))]
          : []),
        ...(risks.length > 0
          ? [say(language, 'Points de vigilance :', 'Points to watch:'), list(risks)]
          : []),
      ],
    };
  }
  if (result.outcome === 'rates_unknown') {
    const indicative = result.steps.find((step) => step.kind === 'indicative');
    const page = result.steps.find((step) => step.kind === 'criteria_page')?.value ?? ATLAS_CRITERIA_URL;
    return {
      status: 'answered',
      handoff: 'branch_rates',
      blocks: [
        say(
          language,
          `**Je ne peux pas chiffrer la prise en charge** : aucun barème vérifié de votre branche n’est connu à la date du ${asOf}.${
            cost !== undefined
              ? ` Le coût de ${euros(cost, 'HT')} reste donc à comparer aux critères de votre branche.`
              : ''
          }`,
          `**I cannot put a figure on the funding**: no verified scale of your sector is known as of ${asOf}.${
            cost !== undefined
              ? ` Your cost of ${euros(cost, 'excl. VAT')} must be compared with your sector’s criteria.`
              : ''
          }`,
        ),
        ...(indicative
          ? [
              say(
                language,
                `À titre indicatif seulement : ${indicative.label} — ${indicative.value}.`,
                `For information only: ${indicative.label} — ${indicative.value}.`,
              ),
            ]
          : []),
        say(language, 'Contrôles déjà faits :', 'Checks already done:'),
        list(checkedSteps(result).slice(0, 4)),
        say(
          language,
          `Consultez les critères de financement de votre branche : ${page}.`,
          `Check your sector’s funding criteria: ${page}.`,
        ),
      ],
    };
  }
  const amount = result.amount ?? 0;
  const remaining = result.remainingCost ?? 0;
  const status = STATUS[result.rulesStatus][language];
  const blocks = [
    say(
      language,
      `**Estimation : ${euros(amount, 'HT')} pris en charge par Atlas**${
        cost !== undefined
          ? ` sur un coût de ${euros(cost, 'HT')}, soit un reste à charge de ${euros(remaining, 'HT')}`
          : ''
      } (règles au ${asOf}, ${status}).`,
      `**Estimate: ${euros(amount, 'excl. VAT')} funded by Atlas**${
        cost !== undefined
          ? ` out of ${euros(cost, 'excl. VAT')}, leaving ${euros(remaining, 'excl. VAT')} to pay`
          : ''
      } (rules as of ${asOf}, ${status}).`,
    ),
    say(language, 'Détail du calcul :', 'How it was computed:'),
    list(
      result.steps
        .filter((step) => step.kind !== 'rules_date')
        .slice(-6)
        .map((step) => `${step.label} : ${step.value}`),
    ),
  ];
  const risks = result.refusalReasons.filter((reason) => !reason.blocking);
  if (risks.length > 0) blocks.push(list(risks.map((reason) => reasonText(reason, language))));
  return { status: 'answered', blocks };
}
