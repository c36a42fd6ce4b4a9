/** @module The offline answer: simulator templates, the best quoted sentences, clarifying questions, then a grounding pass. */
import type { RankedPassage } from '../act/create-passage-ranker';
import type { Simulations } from '../act/run-simulations';
import type { Citation, ToolCall } from '../answer-contract';
import { dropUngroundedLines, evidenceOf, numbersIn } from '../grounding/find-ungrounded-figures';
import type { TopicIntent } from '../understand/detect-intent';
import type { Language } from '../understand/detect-language';
import type { Understanding } from '../understand/understand-question';
import { apprenticeshipSection } from './apprenticeship-answer';
import { dossierSection } from './dossier-answer';
import { followUpsFor } from './follow-ups';
import { fundingSection } from './funding-answer';
import { askIdccSection, invalidIdccSection, membershipSection, type Section } from './membership-answer';
import { citationOf, type Quote, quotePassage } from './quote-passages';
import { formatDay, HANDOFF, PERSONAL_DATA_LABELS, PRIVACY_NOTICE, REFUSALS, say } from './wording';

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

export type ComposeInput = {
  understanding: Understanding;
  simulations: Simulations;
  ranked: RankedPassage[];
  /** Best rule passages for the question, for figure-seeking questions. */
  rankedRules: RankedPassage[];
  /** The question asks for a figure (amount, rate, duration, date). */
  figureSeeking: boolean;
  redactions: readonly string[];
  today: string;
  /** The passage that best supports a computed answer's text, if any does. */
  supportOf: (text: string) => RankedPassage | undefined;
  /** The French search text (translated for English questions), used to pick sentences. */
  query: string;
  /** The scope classifier found no domain word: answer only with a strong passage. */
  unclearScope: boolean;
};

/** Minimum share of the question's words a passage must contain to be quoted as an answer. */
const MIN_COVERAGE = 0.3;
const WELL_COVERED = 0.5;
export const FIGURE_SEEKING =
  /\b(combien|montant|quel(le)?s? (taux|duree|somme|aide|plafond|part|date|annee|niveaux?)|duree|depuis quand|a partir de quand|depuis quelle|depuis (le |l'|janvier |\d)|obligatoire|taux|pourcentage|plafond|forfait|aides? (a l'|de l'|a |d')?embauche|hiring aid|how much|how many|how long|since when|what (amount|rate))\b/;

export function privacyNotice(redactions: readonly string[], language: Language): string {
  const kinds = redactions.map((kind) => PERSONAL_DATA_LABELS[kind]?.[language] ?? kind).join(', ');
  return PRIVACY_NOTICE[language].replace('{kinds}', kinds);
}

function deadlineNote(understanding: Understanding, simulations: Simulations, today: string): string | null {
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

function simulatorSections(understanding: Understanding, simulations: Simulations): Section[] {
  const { language, slots, intent, questionSlots } = understanding;
  const sections: Section[] = [];
  if (intent === 'membership' && slots.invalidIdcc)
    sections.push(invalidIdccSection(slots.invalidIdcc, language));
  else if (simulations.membership) sections.push(membershipSection(simulations.membership.result, language));
  if (simulations.funding) {
    const { result, input } = simulations.funding;
    const generic = result.outcome === 'needs_input' && intent !== 'funding';
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
    sections.push(apprenticeshipSection(result, input, topics, language, described));
  }
  if (simulations.dossier) sections.push(dossierSection(simulations.dossier.result, language));
  return sections.filter((section) => section.blocks.length > 0);
}

/** Refusal-catalogue passages describe a refusal that happened; they only answer questions about refusals. */
const isQuotable = (entry: RankedPassage, intent: TopicIntent) =>
  intent === 'refusal' || !entry.passage.id.startsWith('rule-refus-');

function chooseQuotes(input: ComposeInput, answered: boolean): Quote[] {
  const { understanding, rankedRules } = input;
  const ranked = input.ranked.filter((entry) => isQuotable(entry, understanding.intent));
  const question = input.query;
  const threshold = input.unclearScope ? 0.5 : MIN_COVERAGE;
  // why: when the best-scored passage barely touches the question, a close one that covers it is quoted instead.
  const leader = ranked[0];
  const top =
    ranked.find(
      (entry) =>
        entry.coverage >= Math.max(threshold, WELL_COVERED) &&
        (leader?.coverage ?? 0) < threshold &&
        entry.score >= 0.8 * (leader?.score ?? 0),
    ) ?? leader;
  if (answered) return [];
  const quotes: Quote[] = [];
  const { figureSeeking } = input;
  const bestRule = rankedRules.find((entry) => isQuotable(entry, understanding.intent));
  if (
    figureSeeking &&
    bestRule &&
    ((bestRule.coverage >= 0.45 && bestRule.score >= 0.55 * (top?.score ?? 0)) ||
      (bestRule.coverage >= 0.25 && bestRule.score >= 0.7 * (top?.score ?? 0))) &&
    bestRule.passage.id !== top?.passage.id
  ) {
    quotes.push(quotePassage(bestRule, question, { extra: 1, lists: false }));
  }
  if (top && top.coverage >= threshold) {
    const first = quotes.length === 0;
    quotes.push(quotePassage(top, question, { extra: first ? 2 : 0, lists: first }));
  }
  return quotes;
}

export function composeOfflineAnswer(input: ComposeInput): OfflineAnswer {
  const { understanding, simulations, ranked } = input;
  const { language, intent } = understanding;
  const sections = simulatorSections(understanding, simulations);
  if (intent === 'membership' && sections.length === 0 && (ranked[0]?.coverage ?? 0) < 0.5) {
    sections.push(askIdccSection(language));
  }
  const answered = sections.some((section) => section.status === 'answered');
  const quotes = chooseQuotes(input, answered);
  const blocks: string[] = [];
  if (input.redactions.length > 0) blocks.push(privacyNotice(input.redactions, language));
  for (const section of sections) if (section.status !== 'clarification') blocks.push(...section.blocks);
  const deadline = deadlineNote(understanding, simulations, input.today);
  if (deadline) blocks.push(deadline);
  if (quotes.length > 0) {
    if (language === 'en') blocks.push('From our French sources (quoted as written):');
    for (const quote of quotes) blocks.push(quote.markdown);
  }
  // why: answer first, then ask — a clarifying question closes the message.
  for (const section of sections) if (section.status === 'clarification') blocks.push(...section.blocks);
  const substantive = sections.length > 0 || quotes.length > 0;
  let handoff: Handoff | null = null;
  if (!substantive && !understanding.wantsHuman) {
    blocks.push(REFUSALS.no_answer[language]);
    handoff = { reason: 'no_answer', message: HANDOFF.no_answer[language] };
  }
  const sectionHandoff = sections.find((section) => section.handoff)?.handoff;
  if (!handoff && sectionHandoff)
    handoff = { reason: sectionHandoff, message: HANDOFF[sectionHandoff][language] };
  if (understanding.wantsHuman) {
    handoff = { reason: 'user_request', message: HANDOFF.user_request[language] };
    blocks.push(HANDOFF.user_request[language]);
  }

  // why: a computed answer cites the rule passage closest to what it says, not to how the question was worded.
  const support = answered
    ? input.supportOf(sections.flatMap((section) => section.blocks).join(' '))
    : undefined;
  const citations = [...quotes.map((quote) => quote.citation), ...(support ? [citationOf(support)] : [])];
  const evidence = numbersIn(evidenceOf({ citations, toolCalls: simulations.toolCalls }));
  const grounded = blocks
    .map((block) => dropUngroundedLines(block, evidence))
    .filter((block) => block.trim().length > 0);
  // why: asking for a person is answered by the handoff itself, not an abstention.
  const status: OfflineAnswer['status'] = !substantive
    ? understanding.wantsHuman
      ? 'answered'
      : 'abstained'
    : answered || quotes.length > 0
      ? 'answered'
      : sections.some((section) => section.status === 'clarification')
        ? 'clarification'
        : 'abstained';
  return {
    answer: grounded.join('\n\n'),
    intent: !substantive && understanding.wantsHuman ? 'handoff' : intent,
    status,
    citations,
    toolCalls: simulations.toolCalls,
    followUps: substantive
      ? followUpsFor(intent, language, ranked, new Set(quotes.map((quote) => quote.passageId)))
      : [],
    handoff,
  };
}
