/** @module The deterministic pipeline: guard → understand → act → compose. Every answer path starts here. */

import { normalizeText } from '../search';
import type { Simulator } from '../simulator';
import type { PassageRanker, RankedPassage } from './act/create-passage-ranker';
import { runSimulations } from './act/run-simulations';
import type { AskRequest, AskResponse, Intent } from './answer-contract';
import { composeOfflineAnswer, FIGURE_SEEKING, privacyNotice } from './compose/compose-offline-answer';
import { REFUSALS } from './compose/wording';
import { dropUngroundedLines, evidenceOf } from './grounding/find-ungrounded-figures';
import { classifyScope } from './guard/classify-scope';
import { type GuardedQuestion, guardQuestion } from './guard/guard-question';
import { detectLanguage, type Language } from './understand/detect-language';
import { frenchSearchWords } from './understand/english-glossary';
import { searchHints } from './understand/search-hints';
import { type Understanding, understandQuestion } from './understand/understand-question';

/** `correctSpelling` fixes typos against the knowledge vocabulary ("depui" → "depuis"). */
export type OfflineTools = {
  simulator: Simulator;
  rank: PassageRanker;
  correctSpelling: (text: string) => string;
};

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

const familyOf = (id: string) => id.split('-').slice(0, 2).join('-');

/**
 * When several entries of one catalogue (refusal reasons, IDCC, checklists…) match the question equally well,
 * the question does not single one out: an overview passage with the same coverage answers it better.
 */
function preferOverview(ranked: RankedPassage[]): void {
  const top = ranked[0];
  if (!top) return;
  const family = familyOf(top.passage.id);
  const peers = ranked.filter(
    (entry) => familyOf(entry.passage.id) === family && entry.coverage >= top.coverage * 0.5 - 0.01,
  );
  if (peers.length < 3) return;
  const overview = ranked.find(
    (entry) =>
      familyOf(entry.passage.id) !== family &&
      entry.coverage >= top.coverage &&
      entry.score >= 0.8 * top.score,
  );
  if (!overview) return;
  ranked.splice(ranked.indexOf(overview), 1);
  ranked.unshift(overview);
}

/** Runs the whole offline pipeline once; the result is the final answer offline and the fallback in LLM mode. */
export function prepareAnswer(request: AskRequest, tools: OfflineTools, today: string): PreparedAnswer {
  const guarded = guardQuestion(request);
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
  if (guarded.scope === 'out_of_scope') return refused('out_of_scope', 'out_of_scope');

  // why: earlier turns may carry attacks too (the history is client-supplied); they are dropped, not obeyed.
  const history = guarded.history.filter((message) => classifyScope(message.content) !== 'injection');
  const understanding = understandQuestion({
    question: guarded.question,
    history,
    context: request.context,
    locale: language,
    today,
  });
  const historyInScope = history.some(
    (message) => message.role === 'user' && classifyScope(message.content) === 'in_scope',
  );
  const unclearScope = guarded.scope === 'unclear' && !historyInScope;
  const written = detectLanguage(understanding.searchText);
  const searchText = `${written === 'en' ? frenchSearchWords(understanding.searchText) : understanding.searchText} ${
    understanding.intent === 'membership' && understanding.slots.sector ? understanding.slots.sector : ''
  }`;
  const stageHint = { after: 'après facture attestation', before: 'avant devis programme' };
  const hints = `${searchHints(understanding.searchText)} ${understanding.slots.stage ? stageHint[understanding.slots.stage] : ''}`;
  // why: rule passages answer "how much / since when"; guide sections answer "how / why". A small prior
  // settles near-ties between them ("aide à l'embauche" vs "m'aider à embaucher").
  const figureSeeking =
    FIGURE_SEEKING.test(normalizeText(understanding.searchText)) ||
    FIGURE_SEEKING.test(tools.correctSpelling(understanding.searchText));
  const ranked = tools
    .rank(searchText, { limit: 6, hints })
    .map((entry) => ({
      ...entry,
      score: entry.score * ((entry.passage.kind === 'rule') === figureSeeking ? 1 : 0.9),
    }))
    .sort((left, right) => right.score - left.score)
    .slice(0, 4);
  preferOverview(ranked);
  const rankedRules = tools.rank(searchText, { limit: 3, kind: 'rule', hints });
  const simulations = runSimulations(tools.simulator, understanding, today);
  if (
    unclearScope &&
    !understanding.wantsHuman &&
    simulations.toolCalls.length === 0 &&
    (ranked[0]?.coverage ?? 0) < 0.5
  ) {
    return refused('out_of_scope', 'out_of_scope');
  }
  const composed = composeOfflineAnswer({
    understanding,
    simulations,
    ranked,
    rankedRules,
    figureSeeking,
    redactions: guarded.redactions,
    today,
    query: `${searchText} ${hints}`,
    supportOf: (text) => tools.rank(text, { limit: 1, kind: 'rule' }).find((entry) => entry.coverage >= 0.2),
    unclearScope,
  });
  const response: PreparedAnswer['response'] = {
    answer: composed.answer,
    intent: composed.intent,
    status: composed.status,
    locale: language,
    citations: composed.citations,
    toolCalls: composed.toolCalls,
    followUps: composed.followUps,
    handoff: composed.handoff,
    redactions: guarded.redactions,
  };
  // why: the final assertion; composeOfflineAnswer already dropped such lines, so this changes nothing in practice.
  response.answer = dropUngroundedLines(response.answer, evidenceOf(response));
  return { response, guarded: { ...guarded, history }, understanding, modelAllowed: true };
}
