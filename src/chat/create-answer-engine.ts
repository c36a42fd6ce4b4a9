/** @module createAnswerEngine: builds the simulator, the passage ranker and the model once, then answers every channel. */
import type { AppDependencies } from '../app';
import { parisDate } from '../figures';
import { createPassageRanker } from '../search';
import { createSimulator } from '../simulator';
import { issueMessageId } from '../storage/message-id';
import type { AnswerEngine, AskResponse } from './answer-contract';
import { prepareAnswer } from './answer-offline';
import { answerWithModel, type ModelSettings } from './llm/answer-with-model';
import { createLanguageModel, DEFAULT_LLM_TIMEOUT_MS } from './llm/create-language-model';
import { logQuestion } from './log-question';

export function createAnswerEngine(dependencies: AppDependencies): AnswerEngine {
  const tools = {
    simulator: createSimulator(dependencies.knowledge.rules),
    rank: createPassageRanker(dependencies.knowledge.search, dependencies.knowledge.topicStems),
    correctSpelling: dependencies.knowledge.search.expandQuery.correct,
    catalogue: { cards: dependencies.knowledge.cards, matcher: dependencies.knowledge.matcher },
    passages: dependencies.knowledge.passages,
    lexicon: dependencies.knowledge.lexicon,
  };
  const llm = dependencies.config.llm;
  const model = dependencies.languageModel ?? (llm ? createLanguageModel(llm, dependencies.fetch) : null);
  const settings: ModelSettings | null = model
    ? {
        model,
        timeoutMs: llm?.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS,
        knowledge: dependencies.knowledge,
        allowedLinkDomains: new Set(
          dependencies.config.allowedLinkDomains.map((domain) => domain.toLowerCase()),
        ),
        ...tools,
      }
    : null;

  return {
    async answer(request, options) {
      const started = performance.now();
      const emit = options.onEvent ?? (() => {});
      const today = parisDate(dependencies.now());
      const prepared = prepareAnswer(request, tools, today);
      const offline: AskResponse = {
        messageId: issueMessageId(dependencies.config.messageIdSecret),
        mode: 'offline',
        degraded: false,
        ...prepared.response,
      };
      const useModel = settings !== null && prepared.modelAllowed && prepared.understanding !== null;
      emit({ type: 'start', draft: useModel ? { ...offline, mode: 'llm' } : offline });
      let response = offline;
      if (useModel) {
        const outcome = await answerWithModel(settings, {
          prepared,
          today,
          emit,
          ...(request.context ? { context: request.context } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
        if (outcome.kind === 'answer')
          response = { ...offline, ...outcome.response, mode: 'llm', degraded: false };
        else {
          const log = outcome.reason === 'aborted' ? dependencies.logger.info : dependencies.logger.warn;
          log.call(dependencies.logger, 'llm_fallback', {
            messageId: offline.messageId,
            reason: outcome.reason,
          });
          response = { ...offline, degraded: true };
        }
      }
      // why: offline answers (and fallbacks) are sent whole; the model's text was already streamed sentence by sentence.
      if (response.mode === 'offline' && !options.signal?.aborted)
        emit({ type: 'text', delta: response.answer });
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
