/** @module Understanding: language, intent and slots from the question, the earlier turns and the request context. */

import { readCompanyCodes } from '../../figures';
import type { SlotName } from '../../knowledge/answer-card-schema';
import type { CompiledLexicon } from '../../matching';
import { detectLanguage, type Language, normalizeText } from '../../search';
import type { AskRequest, HistoryMessage } from '../answer-contract';
import { extractSlots, mergeSlots, type Slots } from './extract-slots';
import { readMessage } from './read-message';

/** Slot names of the extractor, as the cards name them. */
const CARD_SLOT_NAMES: Record<string, SlotName> = {
  idcc: 'idcc',
  naf: 'naf',
  sector: 'sector',
  headcount: 'headcount',
  certificationLevel: 'level',
  contractDate: 'contractDate',
  startDate: 'startDate',
  requestDate: 'filingDate',
  costExclTax: 'amount',
  hours: 'hours',
  trainees: 'trainees',
  disability: 'disability',
  scheme: 'scheme',
};

export const slotNamesOf = (slots: Slots): SlotName[] =>
  Object.keys(slots).flatMap((name) => CARD_SLOT_NAMES[name] ?? []);

/** The simulator a turn is about; set by the engine from the chosen card, `general` before that. */
export type TopicIntent = 'membership' | 'funding' | 'documents' | 'refusal' | 'apprenticeship' | 'general';

export type Understanding = {
  /** The question as asked (personal data already masked). */
  question: string;
  /** The card slots the question itself gives (a follow-up that changes one re-answers the previous card). */
  questionSlotNames: SlotName[];
  /** The previous user turn, which a short follow-up is read with. */
  previousTurn?: string;
  /** The card slots known from the whole conversation. */
  slotNames: SlotName[];
  language: Language;
  intent: TopicIntent;
  /** Slots of the whole conversation: context, then earlier user turns, then the question. */
  slots: Slots;
  /** Slots written in the question itself. */
  questionSlots: Slots;
  /** Lexicon concepts of `searchText`: what later stages read instead of the raw text. */
  concepts: string[];
  /** The question, plus the previous user turn when the question is a short follow-up. */
  searchText: string;
  isFollowUp: boolean;
  /** The question's shapes, from the lexicon: yes_no, how_much, when, who, why, legitimate… */
  shapes: string[];
  /** The question asks for a figure ("combien", "quel montant", "simuler"). */
  asksAmount: boolean;
  /** The question itself names a topic (a scheme, a document, a cost…), not only a changed figure ("et pour 15 salariés ?"). */
  namesTopic: boolean;
  wantsHuman: boolean;
};

function contextSlots(context: AskRequest['context']): Slots {
  if (!context) return {};
  const slots: Slots = {};
  // why: the context fields are codes alone; naming them lets the one code reader parse every written form.
  const { idcc } = readCompanyCodes(normalizeText(`idcc ${context.idcc ?? ''}`));
  if (context.idcc && idcc) slots.idcc = idcc;
  const { naf } = readCompanyCodes(normalizeText(`naf ${context.naf ?? ''}`));
  if (context.naf && naf) slots.naf = naf;
  if (context.headcount !== undefined) slots.headcount = context.headcount;
  return slots;
}

/** Concepts that ask for a figure. */
const AMOUNT_CONCEPTS = ['shape.how_much', 'cost.montant', 'topic.simulation'];
/** Kinds of concept that name what a question is about. */
const TOPIC_KINDS = new Set(['scheme', 'topic', 'document', 'cost']);

export type UnderstandInput = {
  lexicon: CompiledLexicon;
  question: string;
  history: readonly HistoryMessage[];
  context?: AskRequest['context'];
  locale?: Language;
  today: string;
};

/** Reads what the user wants; a follow-up without its own cue words keeps the previous turn's intent. */
export function understandQuestion(input: UnderstandInput): Understanding {
  const userTurns = input.history
    .filter((message) => message.role === 'user')
    .map((message) => message.content);
  const reading = readMessage(input.question, input.lexicon);
  const turnReadings = userTurns.map((turn) => readMessage(turn, input.lexicon));
  const questionSlots = extractSlots(reading, input.today);
  const slots = mergeSlots(
    contextSlots(input.context),
    ...turnReadings.map((turn) => extractSlots(turn, input.today)),
    questionSlots,
  );
  const { hits } = reading;
  const previous = userTurns.at(-1);
  const startsAsFollowUp = hits.some((hit) => hit.id === 'cue.follow_up' && hit.start === 0);
  const isFollowUp = previous !== undefined && (startsAsFollowUp || reading.tokens.length <= 6);
  const searchText = isFollowUp && previous ? `${input.question} ${previous}` : input.question;
  const searched = isFollowUp ? [...hits, ...(turnReadings.at(-1)?.hits ?? [])] : hits;
  const concepts = [...new Set(searched.map((hit) => hit.id))];
  return {
    question: input.question,
    questionSlotNames: slotNamesOf(questionSlots),
    ...(previous ? { previousTurn: previous } : {}),
    slotNames: slotNamesOf(slots),
    language: input.locale ?? detectLanguage(input.question),
    intent: 'general',
    slots,
    questionSlots,
    searchText,
    concepts,
    asksAmount: concepts.some((id) => AMOUNT_CONCEPTS.includes(id)),
    isFollowUp,
    shapes: [
      ...new Set(hits.filter((hit) => hit.kind === 'shape').map((hit) => hit.id.slice('shape.'.length))),
    ],
    namesTopic: hits.some((hit) => TOPIC_KINDS.has(hit.kind) && !input.lexicon.concepts.get(hit.id)?.weak),
    wantsHuman: hits.some((hit) => hit.id === 'request.human'),
  };
}
