/** @module The user's own case as computed by the simulator: sections per simulation, and the privacy notice. */
import type { Language } from '../../search';
import type { TransmissionDeadlineResult } from '../../simulator';
import type { Simulations } from '../act/run-simulations';
import type { Citation, ToolCall } from '../answer-contract';
import type { TopicIntent, Understanding } from '../understand/understand-question';
import { apprenticeshipSection } from './apprenticeship-answer';
import { dossierSection } from './dossier-answer';
import { fundingSection } from './funding-answer';
import { invalidIdccSection, membershipSection, membershipsSection, type Section } from './membership-answer';
import { formatDay, PERSONAL_DATA_LABELS, PRIVACY_NOTICE, say } from './wording';

export type Handoff = { reason: string; message: string };

export type OfflineAnswer = {
  answer: string;
  intent: TopicIntent | 'handoff';
  status: 'answered' | 'clarification' | 'abstained';
  citations: Citation[];
  toolCalls: ToolCall[];
  followUps: string[];
  handoff: Handoff | null;
};

export function privacyNotice(redactions: readonly string[], language: Language): string {
  const kinds = redactions.map((kind) => PERSONAL_DATA_LABELS[kind]?.[language] ?? kind).join(', ');
  return PRIVACY_NOTICE[language].replace('{kinds}', kinds);
}

/** A training start in the past or close: file before it starts. */
export function deadlineNote(
  understanding: Understanding,
  simulations: Simulations,
  today: string,
): string | null {
  const { slots, intent, language } = understanding;
  const funding = simulations.funding;
  if (!funding || !['funding', 'documents', 'refusal'].includes(intent)) return null;
  if (funding.result.refusalReasons.some((reason) => reason.code === 'LATE_REQUEST')) return null;
  const start = funding.input.startDate;
  if (!start) return null;
  if (slots.startedAlready || start <= today) {
    return say(
      language,
      'La formation a déjà commencé : une demande déposée après le début est en général refusée pour dépôt tardif. Contactez sans attendre votre conseiller Atlas.',
      'The training has already started: a request filed after the start is usually refused as late. Contact your Atlas adviser right away.',
    );
  }
  return say(
    language,
    `La formation commence le ${formatDay(start, language)} : déposez la demande dès maintenant, avant son début, car un dossier déposé après le démarrage risque d’être refusé.`,
    `The training starts on ${formatDay(start, language)}: file the request now, before it starts, because a file submitted after the start may be refused.`,
  );
}

/** The transmission deadline of an alternance contract, from the simulator's date and count. */
function deadlineSection(result: TransmissionDeadlineResult, language: Language): Section {
  if (!result.limit || !result.rule) return { blocks: [], status: 'answered' };
  const counted =
    result.unit === 'working_days'
      ? `${result.days} working days after the start (every day but Sundays and public holidays; Saturday counts)`
      : `${result.days} calendar days after the start (every day counts)`;
  return {
    status: 'answered',
    blocks: [
      say(
        language,
        `**Au plus tard le ${formatDay(result.limit, language)}** : ${result.rule}.`,
        `**By ${formatDay(result.limit, language)} at the latest**: ${counted}.`,
      ),
      say(
        language,
        'Transmettez le contrat sur myAtlas avant cette date et gardez la preuve de l’envoi ; au-delà, il est hors délai.',
        'Send the contract on myAtlas before that date and keep proof of sending; after it, the contract is late.',
      ),
    ],
  };
}

export function simulatorSections(understanding: Understanding, simulations: Simulations): Section[] {
  const { language, slots, intent, questionSlots } = understanding;
  const sections: Section[] = [];
  if (intent === 'membership' && slots.invalidIdcc)
    sections.push(invalidIdccSection(slots.invalidIdcc, language));
  else if (simulations.memberships)
    sections.push(
      membershipsSection(
        simulations.memberships.map((entry) => entry.result),
        language,
      ),
    );
  else if (simulations.membership) sections.push(membershipSection(simulations.membership.result, language));
  if (simulations.funding) {
    const { result, input } = simulations.funding;
    // why: a question about eligibility ("l'OPCO peut payer ?") gets the card's answer, not a list of figures to give;
    // the missing figures are asked for only when an amount is asked for.
    const generic = result.outcome === 'needs_input' && (intent !== 'funding' || !understanding.asksAmount);
    if (!generic) sections.push(fundingSection(result, input, language));
    else if (result.refusalReasons.some((reason) => reason.blocking)) {
      sections.push(fundingSection({ ...result, outcome: 'not_eligible' }, input, language));
    }
  }
  if (simulations.apprenticeship) {
    const { result, input, topics } = simulations.apprenticeship;
    const described =
      questionSlots.certificationLevel !== undefined ||
      questionSlots.headcount !== undefined ||
      questionSlots.disability !== undefined ||
      questionSlots.contractDate !== undefined;
    const dateGiven = [slots.contractDate, slots.startDate, slots.periodDate].some(
      (date) => date !== undefined,
    );
    sections.push(apprenticeshipSection(result, input, topics, language, described, dateGiven));
  }
  if (simulations.deadline) sections.push(deadlineSection(simulations.deadline.result, language));
  if (simulations.dossier) sections.push(dossierSection(simulations.dossier.result, language));
  return sections.filter((section) => section.blocks.length > 0);
}
