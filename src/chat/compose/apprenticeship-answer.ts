/** @module Sentences for apprenticeship costs: only the parts the question asks about, each with its rule note. */

import type { Language } from '../../search';
import type { ApprenticeshipInput, ApprenticeshipResult } from '../../simulator';
import type { ApprenticeshipTopic } from '../act/run-simulations';
import type { Section } from './membership-answer';
import { euros, formatAmount, formatDay, say } from './wording';

const INPUT_LABELS: Record<string, { fr: string; en: string }> = {
  certificationLevel: {
    fr: 'le diplôme préparé (CAP, bac pro, BTS, licence, master…)',
    en: 'the qualification prepared (CAP, bac pro, BTS, bachelor, master…)',
  },
  headcount: { fr: 'l’effectif de l’entreprise', en: 'your company’s headcount' },
  contractDate: { fr: 'la date de signature du contrat', en: 'the contract signature date' },
};

// why: the note is the rule data's French wording; an English answer keeps the figure and drops the French note.
const line = (label: string, amount: number | null, note: string, language: Language) =>
  `${label}${say(language, ' :', ':')} ${amount === null ? say(language, 'non connu', 'unknown') : `**${euros(amount)}**`}${note && language === 'fr' ? ` — ${note}` : ''}`;

export function apprenticeshipSection(
  result: ApprenticeshipResult,
  input: ApprenticeshipInput,
  topics: readonly ApprenticeshipTopic[],
  language: Language,
  /** Ask for the missing contract details only when the user described a contract. */
  askMissing: boolean,
  /** False when no date was given: the rules of today apply, and the answer says so instead of inventing a date. */
  dateGiven = true,
): Section {
  const blocks: string[] = [];
  const items: string[] = [];
  const contract = result.hiringAid ?? result.employerParticipation ?? result.npec;
  if (contract) {
    blocks.push(
      say(
        language,
        `Pour un contrat conclu ${dateGiven ? 'le' : 'aujourd’hui,'} ${formatDay(result.rulesAsOf, language)}${dateGiven ? '' : ' (date non précisée : donnez la date de début du contrat si elle diffère)'} (niveau ${input.certificationLevel}${input.headcount === undefined ? '' : `, ${formatAmount(input.headcount)} salarié(s)`}${input.disability ? ', apprenti en situation de handicap' : ''}) :`,
        `For a contract signed ${dateGiven ? 'on' : 'today,'} ${formatDay(result.rulesAsOf, language)}${dateGiven ? '' : ' (no date given: tell me the contract start date if it differs)'} (level ${input.certificationLevel}${input.headcount === undefined ? '' : `, ${formatAmount(input.headcount)} employee(s)`}${input.disability ? ', disabled apprentice' : ''}):`,
      ),
    );
  }
  if (topics.includes('hiring_aid') && result.hiringAid) {
    items.push(
      line(
        say(language, 'Aide à l’embauche (État)', 'State hiring aid'),
        result.hiringAid.amount,
        result.hiringAid.note,
        language,
      ),
    );
  }
  const participation = result.employerParticipation;
  // why: someone asking which aids apply must also learn about a mandatory contribution that offsets them.
  const participationDue = topics.includes('hiring_aid') && (participation?.amount ?? 0) > 0;
  if ((topics.includes('participation') || participationDue) && participation) {
    items.push(
      line(
        say(language, 'Participation obligatoire de l’employeur', 'Mandatory employer contribution'),
        participation.amount,
        participation.note,
        language,
      ),
    );
  }
  if (topics.includes('npec') && result.npec) {
    items.push(`${say(language, 'Coût de formation (NPEC)', 'Training cost (NPEC)')} : ${result.npec.note}`);
  }
  if (topics.includes('tutor')) {
    const tutor = result.tutorAid;
    if (tutor.monthlyAmount.amount !== null) {
      items.push(
        `${say(language, 'Aide à l’exercice de la fonction de maître d’apprentissage', 'Apprenticeship master allowance')} : ${say(language, 'jusqu’à', 'up to')} **${euros(tutor.monthlyAmount.amount)} ${say(language, 'par mois', 'per month')}**${
          tutor.maxMonths
            ? `, ${say(language, 'pendant', 'for')} ${tutor.maxMonths} ${say(language, 'mois maximum', 'months at most')}`
            : ''
        }${tutor.maxTotal !== null ? ` (${say(language, 'soit', 'i.e.')} ${euros(tutor.maxTotal)} ${say(language, 'au plus', 'at most')})` : ''}.`,
      );
    }
    const training = result.steps.find((step) => /Formation du maître/.test(step.label));
    if (training && tutor.trainingMax.amount !== null) {
      items.push(
        `${say(language, 'Formation du tuteur ou maître d’apprentissage (plafond)', 'Tutor or apprenticeship master training (cap)')} : ${training.value}.`,
      );
    }
    if (tutor.trainingMax.note) items.push(tutor.trainingMax.note);
  }
  if (topics.includes('ancillary')) {
    const ancillary = result.ancillaryCosts;
    items.push(
      line(
        say(language, 'Hébergement (par nuitée)', 'Accommodation (per night)'),
        ancillary.accommodationPerNight.amount,
        '',
        language,
      ),
      line(
        say(language, 'Restauration (par repas)', 'Meals (per meal)'),
        ancillary.mealPerMeal.amount,
        '',
        language,
      ),
      line(
        say(language, 'Premier équipement pédagogique (plafond)', 'First teaching equipment (cap)'),
        ancillary.firstEquipmentMax.amount,
        '',
        language,
      ),
    );
  }
  if (items.length > 0) blocks.push(items.map((item) => `- ${item}`).join('\n'));
  const contractTopics = topics.some(
    (topic) => topic === 'hiring_aid' || topic === 'participation' || topic === 'npec',
  );
  if (result.outcome === 'needs_input' && contractTopics && askMissing) {
    blocks.push(
      say(
        language,
        `Pour calculer l’aide à l’embauche et le coût du contrat, précisez : ${result.missingInputs.map((name) => INPUT_LABELS[name]?.fr ?? name).join(' ; ')}.`,
        `To compute the hiring aid and the contract cost, please tell me: ${result.missingInputs.map((name) => INPUT_LABELS[name]?.en ?? name).join('; ')}.`,
      ),
    );
    return { blocks, status: items.length > 0 ? 'answered' : 'clarification' };
  }
  if (items.length === 0) return { blocks: [], status: 'clarification' };
  return { blocks, status: items.length > 0 ? 'answered' : 'clarification' };
}
