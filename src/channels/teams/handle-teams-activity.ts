/** @module Handles one verified Teams activity: a question gets an Adaptive Card, a card button stores feedback. */
import type { AppDependencies } from '../../app';
import { awaitBriefly } from '../../background-tasks';
import { type AnswerEngine, MAX_QUESTION_LENGTH } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import { isIssuedMessageId } from '../../storage';
import type { BotConnectorClient } from './bot-connector-client';
import { cleanTeamsText } from './clean-teams-text';
import { feedbackOf, type TeamsActivity } from './teams-activity-schema';
import { ADAPTIVE_CARD_CONTENT_TYPE, toAdaptiveCard } from './to-adaptive-card';

export type TeamsContext = {
  dependencies: AppDependencies;
  engine: AnswerEngine;
  connector: BotConnectorClient;
  runInBackground(task: () => Promise<unknown>): void;
  executionContext?: { waitUntil(promise: Promise<unknown>): void } | undefined;
};

export const TEAMS_FEEDBACK_THANKS = 'Merci pour votre retour ! Il nous aide à améliorer les réponses.';
export const TEAMS_EMPTY_QUESTION =
  'Posez-moi votre question sur OPCO Atlas, par exemple : « Mon entreprise relève-t-elle d’OPCO Atlas ? »';
export const TEAMS_APOLOGY =
  'Désolé, je n’ai pas pu préparer de réponse pour le moment. Réessayez dans quelques minutes ou contactez votre conseiller OPCO Atlas.';

const textMessage = (text: string) => ({ type: 'message', text, textFormat: 'plain' });

async function answerActivity(context: TeamsContext, activity: TeamsActivity) {
  const question = cleanTeamsText(activity.text);
  let message: Record<string, unknown>;
  if (!question) message = textMessage(TEAMS_EMPTY_QUESTION);
  else if (question.length > MAX_QUESTION_LENGTH) {
    message = textMessage(`Votre question dépasse ${MAX_QUESTION_LENGTH} caractères. Raccourcissez-la.`);
  } else {
    try {
      const response = await context.engine.answer({ question }, { channel: 'teams' });
      message = {
        type: 'message',
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: toAdaptiveCard(response) }],
      };
    } catch (error) {
      context.dependencies.logger.error('teams_answer_failed', { name: (error as Error).name });
      message = textMessage(TEAMS_APOLOGY);
    }
  }
  await context.connector.reply(activity, message);
}

/** Returns the synchronous HTTP body (an invoke response, or nothing); replies are sent in the background. */
export async function handleTeamsActivity(
  context: TeamsContext,
  activity: TeamsActivity,
): Promise<Record<string, unknown> | null> {
  const feedback =
    activity.type === 'message' || activity.type === 'invoke' ? feedbackOf(activity) : undefined;
  if (feedback) {
    const { storage, now, config, logger } = context.dependencies;
    try {
      // Votes for ids this server did not issue are thanked but not counted.
      if (isIssuedMessageId(feedback.messageId, config.messageIdSecret)) {
        const write = storage.recordFeedback({
          messageId: feedback.messageId,
          createdAt: now().toISOString(),
          channel: 'teams',
          rating: feedback.rating,
          reason: null,
          comment: null,
        });
        await awaitBriefly(write, { ...context.dependencies, executionContext: context.executionContext });
      } else logger.info('teams_feedback_unknown_message', {});
    } catch (error) {
      throw new AppError('storage_unavailable', undefined, { cause: error });
    }
    if (activity.type === 'invoke') {
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: TEAMS_FEEDBACK_THANKS,
      };
    }
    context.runInBackground(() => context.connector.reply(activity, textMessage(TEAMS_FEEDBACK_THANKS)));
    return null;
  }
  if (activity.type === 'message') context.runInBackground(() => answerActivity(context, activity));
  return null;
}
