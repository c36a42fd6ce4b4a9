/** @module Logs one answered question (redacted text only) without ever failing the answer. */
import type { AppDependencies } from '../app';
import { redactText } from '../privacy';
import type { AskResponse } from './answer-contract';

/** Stored questions are cut here: enough for the insights, and /v1/ask cannot grow the database by 2 KB a call. */
export const MAX_STORED_QUESTION_LENGTH = 500;

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
        question: redactText(input.redactedQuestion).slice(0, MAX_STORED_QUESTION_LENGTH),
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
