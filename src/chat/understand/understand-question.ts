/** @module Understanding: language, intent and slots from the question, the earlier turns and the request context. */

import type { SlotName } from '../../knowledge/answer-card-schema';
import { type CompiledLexicon, conceptsOf } from '../../matching';
import { detectLanguage, type Language, normalizeText } from '../../search';
import type { AskRequest, HistoryMessage } from '../answer-contract';
import { extractSlots, mergeSlots, type Slots } from './extract-slots';

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
  /** The question, plus the previous user turn when the question is a short follow-up. */
  searchText: string;
  isFollowUp: boolean;
  wantsHuman: boolean;
};

const FOLLOW_UP_START =
  /^(et|and|what about|how about|ok|d'accord|alors|donc|dans ce cas|in that case|si|if|mais|but|aussi|also|pour|for|avec|with|sans|without|meme|same)\b/;

function contextSlots(context: AskRequest['context']): Slots {
  if (!context) return {};
  const slots: Slots = {};
  if (context.idcc && /^\s*(idcc\s*)?\d{1,4}\s*$/i.test(context.idcc)) {
    slots.idcc = String(Number(context.idcc.replace(/\D/g, '')));
  }
  if (context.naf) {
    const naf = context.naf.trim().match(/^(\d{2})\.?(\d{2})([a-zA-Z])$/);
    if (naf) slots.naf = `${naf[1]}.${naf[2]}${(naf[3] ?? '').toUpperCase()}`;
  }
  if (context.headcount !== undefined) slots.headcount = context.headcount;
  return slots;
}

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
  const questionSlots = extractSlots(input.question, input.today, input.lexicon);
  const slots = mergeSlots(
    contextSlots(input.context),
    ...userTurns.map((turn) => extractSlots(turn, input.today, input.lexicon)),
    questionSlots,
  );
  const normalized = normalizeText(input.question).trim();
  const concepts = conceptsOf(input.lexicon, input.question);
  const previous = userTurns.at(-1);
  const isFollowUp =
    previous !== undefined && (FOLLOW_UP_START.test(normalized) || normalized.split(/\s+/).length <= 6);
  return {
    question: input.question,
    questionSlotNames: slotNamesOf(questionSlots),
    ...(previous ? { previousTurn: previous } : {}),
    slotNames: slotNamesOf(slots),
    language: input.locale ?? detectLanguage(input.question),
    intent: 'general',
    slots,
    questionSlots,
    searchText: isFollowUp && previous ? `${input.question} ${previous}` : input.question,
    isFollowUp,
    wantsHuman: concepts.includes('request.human'),
  };
}
