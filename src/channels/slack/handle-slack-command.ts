/** @module `/atlas <question>`: acknowledges at once, then posts the answer to the command's response_url. */
import { MAX_QUESTION_LENGTH } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import { describeIssues } from '../../http/validation-error';
import { cleanSlackText, EMPTY_QUESTION_HELP, QUESTION_TOO_LONG } from './clean-slack-text';
import { answerForSlack, type SlackContext } from './slack-context';
import { slashCommandSchema } from './slack-payload-schemas';

export const SLACK_SEARCHING = 'Je cherche…';

/** Returns the immediate (ephemeral) acknowledgement; the answer follows through `response_url`. */
export function handleSlackCommand(context: SlackContext, rawBody: string): Record<string, unknown> {
  const parsed = slashCommandSchema.safeParse(Object.fromEntries(new URLSearchParams(rawBody)));
  if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error.issues));
  const command = parsed.data;
  const question = cleanSlackText(command.text);
  if (!question) return { response_type: 'ephemeral', text: EMPTY_QUESTION_HELP };
  if (question.length > MAX_QUESTION_LENGTH) return { response_type: 'ephemeral', text: QUESTION_TOO_LONG };

  context.runInBackground(async () => {
    const message = await answerForSlack(context, { question });
    await context.client.respond(command.response_url, { response_type: 'ephemeral', ...message });
  });
  return { response_type: 'ephemeral', text: SLACK_SEARCHING };
}
