/** @module Block actions: stores 👍/👎 feedback on an answer and thanks the user privately. */
import { awaitBriefly } from '../../background-tasks';
import { AppError } from '../../errors';
import { describeIssues } from '../../http/validation-error';
import { isIssuedMessageId } from '../../storage';
import type { SlackContext } from './slack-context';
import { blockActionsSchema } from './slack-payload-schemas';
import { FEEDBACK_DOWN_ACTION, FEEDBACK_UP_ACTION } from './to-slack-blocks';

export const SLACK_FEEDBACK_THANKS = 'Merci pour votre retour ! Il nous aide à améliorer les réponses.';

const RATINGS: Record<string, 'up' | 'down'> = { [FEEDBACK_UP_ACTION]: 'up', [FEEDBACK_DOWN_ACTION]: 'down' };

function parsePayload(rawBody: string): unknown {
  const payload = new URLSearchParams(rawBody).get('payload');
  if (!payload)
    throw new AppError('invalid_request', 'Le champ « payload » de l’interaction Slack est absent.');
  try {
    return JSON.parse(payload);
  } catch {
    throw new AppError(
      'invalid_json',
      'Le champ « payload » de l’interaction Slack n’est pas un JSON valide.',
    );
  }
}

/**
 * Records the feedback before acknowledging when the database answers quickly; a locked one finishes in the
 * background, so the ack never waits. Votes for ids this server did not issue are ignored.
 */
export async function handleSlackInteraction(context: SlackContext, rawBody: string): Promise<void> {
  const payload = parsePayload(rawBody);
  if ((payload as { type?: unknown } | null)?.type !== 'block_actions') return;
  const parsed = blockActionsSchema.safeParse(payload);
  if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error.issues));
  const feedback = parsed.data.actions.flatMap((action) => {
    const rating = RATINGS[action.action_id];
    return rating && action.value ? [{ rating, messageId: action.value }] : [];
  });
  if (feedback.length === 0) return;

  const { storage, now, config, logger } = context.dependencies;
  try {
    for (const { rating, messageId } of feedback) {
      if (!isIssuedMessageId(messageId, config.messageIdSecret)) {
        logger.info('slack_feedback_unknown_message', {});
        continue;
      }
      const write = storage.recordFeedback({
        messageId,
        createdAt: now().toISOString(),
        channel: 'slack',
        rating,
        reason: null,
        comment: null,
      });
      await awaitBriefly(write, { ...context.dependencies, executionContext: context.executionContext });
    }
  } catch (error) {
    throw new AppError('storage_unavailable', undefined, { cause: error });
  }
  const responseUrl = parsed.data.response_url;
  if (responseUrl) {
    context.runInBackground(() =>
      context.client.respond(responseUrl, {
        response_type: 'ephemeral',
        replace_original: false,
        text: SLACK_FEEDBACK_THANKS,
      }),
    );
  }
}
