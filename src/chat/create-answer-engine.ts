/** @module createAnswerEngine: builds the simulator, the passage ranker and the model once, then answers every channel. */
import type { AppDependencies } from '../app';
import { createSimulator } from '../simulator';
import { issueMessageId } from '../storage/message-id';
import { createPassageRanker } from './act/create-passage-ranker';
import type { AnswerEngine, AskResponse } from './answer-contract';
import { prepareAnswer } from './answer-offline';
import { answerWithModel, type ModelSettings } from './llm/answer-with-model';
import { createLanguageModel, DEFAULT_LLM_TIMEOUT_MS } from './llm/create-language-model';
import { logQuestion } from './log-question';
import { parisDate } from './understand/calendar';

export function createAnswerEngine(dependencies: AppDependencies): AnswerEngine {
  const tools = {
    simulator: createSimulator(dependencies.knowledge.rules),
    rank: createPassageRanker(dependencies.knowledge.search, dependencies.knowledge.topicStems),
    correctSpelling: dependencies.knowledge.search.expandQuery.correct,
    catalogue: { cards: dependencies.knowledge.cards, matcher: dependencies.knowledge.matcher },
    passages: dependencies.knowledge.passages,
  };
  const llm = dependencies.config.llm;
  const model = dependencies.languageModel ?? (llm ? createLanguageModel(llm, dependencies.fetch) : null);
  const settings: ModelSettings | null = model
    ? {
        model,
        timeoutMs: llm?.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS,
        knowledge: dependencies.knowledge,
        ...tools,
      }
    : null;

  return {
    async answer(request, options) {
      const started = performance.now();
      const today = parisDate(dependencies.now());
      const prepared = prepareAnswer(request, tools, today);
      const offline: AskResponse = {
        messageId: issueMessageId(dependencies.config.messageIdSecret),
        mode: 'offline',
        degraded: false,
        ...prepared.response,
      };
      let response = offline;
      if (settings && prepared.modelAllowed && prepared.understanding) {
        const outcome = await answerWithModel(settings, prepared, today, options.signal);
        if (outcome.kind === 'answer')
          response = { ...offline, ...outcome.response, mode: 'llm', degraded: false };
        else {
          dependencies.logger.warn('llm_fallback', { messageId: offline.messageId, reason: outcome.reason });
          response = { ...offline, degraded: true };
        }
      }
      logQuestion(dependencies, {
        redactedQuestion: prepared.guarded.question,
        response,
        channel: options.channel,
        latencyMs: performance.now() - started,
        ...(options.executionContext ? { executionContext: options.executionContext } : {}),
      });
      return response;
    },
  };
}
