/** @module What every Slack handler needs: the engine, the Web API client and a way to work after the ack. */
import type { AppDependencies } from '../../app';
import type { AnswerEngine, AskRequest } from '../../chat/answer-contract';
import type { SlackClient } from './slack-client';
import { type SlackMessage, toSlackBlocks } from './to-slack-blocks';

export type SlackContext = {
  dependencies: AppDependencies;
  engine: AnswerEngine;
  client: SlackClient;
  /** Runs a task after the acknowledgement (waitUntil on Workers, a tracked promise on Node). */
  runInBackground(task: () => Promise<unknown>): void;
  /** Workers' execution context (undefined on Node), for writes that outlive the ack. */
  executionContext?: { waitUntil(promise: Promise<unknown>): void } | undefined;
};

export const SLACK_APOLOGY =
  'Désolé, je n’ai pas pu préparer de réponse pour le moment. Réessayez dans quelques minutes ou contactez votre conseiller OPCO Atlas.';

/** Asks the engine and renders the answer; any failure becomes a short French apology, never a crash. */
export async function answerForSlack(context: SlackContext, request: AskRequest): Promise<SlackMessage> {
  try {
    return toSlackBlocks(await context.engine.answer(request, { channel: 'slack' }));
  } catch (error) {
    context.dependencies.logger.error('slack_answer_failed', { name: (error as Error).name });
    return {
      text: SLACK_APOLOGY,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: SLACK_APOLOGY } }],
    };
  }
}
