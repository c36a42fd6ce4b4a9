/** @module Logs one answered question (redacted text only) without ever failing the answer. */
import type { AppDependencies } from '../app';
import type { AskResponse } from './answer-contract';

export type LogQuestionInput = {
  redactedQuestion: string;
  response: AskResponse;
  channel: Parameters<AppDependencies['storage']['recordQuestion']>[0]['channel'];
  latencyMs: number;
  executionContext?: { waitUntil(promise: Promise<unknown>): void };
};

/** Records the question in the background; a storage failure only logs a warning with no personal data. */
export function logQuestion(dependencies: AppDependencies, input: LogQuestionInput): void {
  if (!dependencies.config.logQuestions) return;
  const { response } = input;
  const task = (async () => {
    try {
      await dependencies.storage.recordQuestion({
        messageId: response.messageId,
        createdAt: dependencies.now().toISOString(),
        channel: input.channel,
        question: input.redactedQuestion,
        intent: response.intent,
        outcome:
          response.status === 'answered' || response.status === 'clarification' ? 'answered' : 'abstained',
        citationIds: response.citations.map((citation) => citation.id),
        latencyMs: Math.round(input.latencyMs),
        mode: response.mode,
      });
    } catch (error) {
      dependencies.logger.warn('question_log_failed', {
        messageId: response.messageId,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  })();
  dependencies.backgroundTasks.run(task, input.executionContext);
}
