/** @module The deterministic pipeline: guard → understand → act → compose. Every answer path starts here. */

import type { Passage } from '../knowledge';
import { type CompiledLexicon, questionSentences } from '../matching';
import { detectLanguage, type Language, normalizeText, type PassageRanker } from '../search';
import type { Simulator } from '../simulator';
import { type CardCatalogue, type CardChoice, chooseCard, previousCardOf } from './act/choose-card';
import { runSimulations } from './act/run-simulations';
import { secondQuestionCard, shortAnswer } from './act/second-question-card';
import type { AskRequest, AskResponse, Intent } from './answer-contract';
import { citationOf, composeCardAnswer, MAX_CITATIONS } from './compose/compose-card-answer';
import { privacyNotice, simulatorSections } from './compose/simulation-sections';
import { REFUSALS } from './compose/wording';
import { dropUngroundedLines, evidenceOf } from './grounding/find-ungrounded-figures';
import { classifyScope } from './guard/classify-scope';
import { type GuardedQuestion, guardQuestion } from './guard/guard-question';
import { type Understanding, understandQuestion } from './understand/understand-question';

/** `correctSpelling` fixes typos against the knowledge vocabulary ("depui" → "depuis"). */
export type OfflineTools = {
  simulator: Simulator;
  rank: PassageRanker;
  correctSpelling: (text: string) => string;
  catalogue: CardCatalogue;
  passages: ReadonlyMap<string, Passage>;
  lexicon: CompiledLexicon;
};

/** The simulation a card's needs name, as the simulator runner's topic. */
const SIMULATION_INTENT = {
  membership: 'membership',
  funding: 'funding',
  dossier: 'documents',
  apprenticeship: 'apprenticeship',
  deadline: 'documents',
} as const;

/** What the LLM path needs besides the offline answer: the redacted conversation and what was understood. */
export type PreparedAnswer = {
  response: Omit<AskResponse, 'messageId' | 'mode' | 'degraded'>;
  guarded: GuardedQuestion;
  understanding: Understanding | null;
  /** False for refusals: the model must never see those questions. */
  modelAllowed: boolean;
};

function refusal(
  kind: keyof typeof REFUSALS,
  intent: Intent,
  language: Language,
  redactions: string[],
): PreparedAnswer['response'] {
  const notice = redactions.length > 0 ? `${privacyNotice(redactions, language)}\n\n` : '';
  return {
    answer: `${notice}${REFUSALS[kind][language]}`,
    intent,
    status: 'refused',
    locale: language,
    citations: [],
    toolCalls: [],
    followUps:
      language === 'en'
        ? ['Does my company belong to OPCO Atlas?', 'How is an apprenticeship contract funded?']
        : ['Mon entreprise relève-t-elle d’OPCO Atlas ?', 'Comment est financé un contrat d’apprentissage ?'],
    handoff: null,
    redactions,
  };
}

/** Runs the simulation the chosen card needs, when the user gave their own case, and composes the answer. */
function composeChoice(choice: CardChoice, understanding: Understanding, tools: OfflineTools, today: string) {
  const { language } = understanding;
  const card = choice.kind === 'card' ? choice.card : null;
  const needs = card?.needs;
  const ownCase = needs ? needs.slots.some((slot) => understanding.slotNames.includes(slot)) : false;
  const simulations =
    needs && ownCase
      ? runSimulations(
          tools.simulator,
          tools.lexicon,
          { ...understanding, intent: SIMULATION_INTENT[needs.simulation] },
          today,
        )
      : null;
  const sections = simulations
    ? simulatorSections(
        { ...understanding, intent: SIMULATION_INTENT[needs?.simulation ?? 'membership'] },
        simulations,
      )
    : [];
  return {
    sections,
    composed: composeCardAnswer({
      choice,
      understanding,
      language,
      simulations,
      sections,
      passages: tools.passages,
      cards: tools.catalogue.cards,
    }),
  };
}

const sameText = (left: string, right: string) =>
  normalizeText(left).replace(/\W+/g, ' ').trim() === normalizeText(right).replace(/\W+/g, ' ').trim();

/** Runs the whole offline pipeline once; the result is the final answer offline and the fallback in LLM mode. */
export function prepareAnswer(request: AskRequest, tools: OfflineTools, today: string): PreparedAnswer {
  const guarded = guardQuestion(request, tools.lexicon);
  const language = request.locale ?? detectLanguage(guarded.question);
  const refused = (kind: keyof typeof REFUSALS, intent: Intent): PreparedAnswer => ({
    response: refusal(kind, intent, language, guarded.redactions),
    guarded,
    understanding: null,
    modelAllowed: false,
  });
  if (guarded.tooLong) return refused('too_long', 'general');
  if (guarded.scope === 'injection') return refused('injection', 'injection');
  if (guarded.scope === 'abuse') return refused('abuse', 'abuse');
  // why: an off-topic subject with no word of the domain (the SMIC, paid leave, the weather) is refused whatever matches.
  if (guarded.scope === 'out_of_scope') return refused('out_of_scope', 'out_of_scope');

  // why: earlier turns may carry attacks too (the history is client-supplied); they are dropped, not obeyed.
  const history = guarded.history.filter(
    (message) => classifyScope(message.content, tools.lexicon) !== 'injection',
  );
  const understanding = understandQuestion({
    lexicon: tools.lexicon,
    question: guarded.question,
    history,
    context: request.context,
    locale: language,
    today,
  });
  const userTurns = history.filter((message) => message.role === 'user').map((message) => message.content);
  const previous = previousCardOf(tools.catalogue, userTurns);
  const chosen = chooseCard(tools.catalogue, understanding, previous);
  // why: two questions in one message whose two needs are the close candidates are both answered, not asked about.
  const twoQuestions = questionSentences(understanding.question).length >= 2;
  const choice: CardChoice =
    chosen.kind === 'clarify' && twoQuestions && chosen.cards[0]
      ? { kind: 'card', card: chosen.cards[0], match: chosen.match, followUp: false }
      : chosen;
  const clarifiedSecond = chosen.kind === 'clarify' && twoQuestions ? chosen.cards[1] : undefined;
  // why: "hors périmètre" only when nothing in the question or the conversation touches training or OPCOs.
  if (choice.kind === 'abstain' && guarded.scope !== 'in_scope' && !previous)
    return refused('out_of_scope', 'out_of_scope');

  let { sections, composed } = composeChoice(choice, understanding, tools, today);
  // why: a follow-up must move the conversation on; the same answer twice means another card fits better.
  const lastAnswer = history.filter((message) => message.role === 'assistant').at(-1)?.content;
  if (choice.kind === 'card' && lastAnswer && sameText(lastAnswer, composed.answer)) {
    // why: only a close runner-up; a far one answers another question, which is worse than repeating.
    const best = choice.match.alternatives[0]?.probability ?? 0;
    const other = choice.match.alternatives
      .filter((entry) => entry.card !== choice.card.id && entry.probability >= best / 2)
      .map((entry) => tools.catalogue.cards.get(entry.card))
      .find((candidate) => candidate !== undefined);
    if (other)
      ({ sections, composed } = composeChoice(
        { kind: 'card', card: other, match: choice.match, followUp: false },
        understanding,
        tools,
        today,
      ));
  }
  // why: two questions in one message ("Atlas peut financer ? sinon on peut payer nous-mêmes ?") get two answers.
  const second =
    clarifiedSecond ??
    (choice.kind === 'card'
      ? secondQuestionCard(tools.catalogue, understanding.question, choice.card.id)
      : undefined);
  if (second) {
    composed = {
      ...composed,
      answer: `${composed.answer}\n\n${shortAnswer(second, language)}`,
      citations: [
        ...composed.citations,
        ...second.evidence.flatMap((id) => {
          const passage = tools.passages.get(id);
          return passage ? [citationOf(passage)] : [];
        }),
      ].slice(0, MAX_CITATIONS),
    };
  }
  // why: a computed answer cites the rule passage closest to what it says, not the matched card's general evidence.
  const computed = sections
    .filter((section) => section.status === 'answered')
    .flatMap((section) => section.blocks);
  const support =
    computed.length > 0 ? tools.rank(computed.join(' '), { limit: 1, kind: 'rule' })[0] : undefined;
  const citations =
    support && !composed.citations.some((citation) => citation.id === support.passage.id)
      ? [citationOf(support.passage), ...composed.citations].slice(0, MAX_CITATIONS)
      : composed.citations;
  const notice = guarded.redactions.length > 0 ? `${privacyNotice(guarded.redactions, language)}\n\n` : '';
  const response: PreparedAnswer['response'] = {
    answer: `${notice}${composed.answer}`,
    intent: composed.intent,
    status: composed.status,
    locale: language,
    citations,
    toolCalls: composed.toolCalls,
    followUps: composed.followUps,
    handoff: composed.handoff,
    redactions: guarded.redactions,
  };
  // why: the final assertion: a figure that neither a citation nor a tool output holds never reaches the user.
  response.answer = dropUngroundedLines(response.answer, evidenceOf(response));
  return { response, guarded: { ...guarded, history }, understanding, modelAllowed: true };
}
