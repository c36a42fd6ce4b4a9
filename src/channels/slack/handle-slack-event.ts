/** @module Events API: url_verification, then app mentions and direct messages answered in their thread. */
import { type HistoryMessage, MAX_QUESTION_LENGTH } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import { cleanSlackText, EMPTY_QUESTION_HELP, QUESTION_TOO_LONG } from './clean-slack-text';
import { answerForSlack, type SlackContext } from './slack-context';
import {
  type EventCallback,
  eventCallbackSchema,
  type SlackEvent,
  urlVerificationSchema,
} from './slack-payload-schemas';
import type { SlackMessage } from './to-slack-blocks';

const MAX_HISTORY = 20;
const MAX_HISTORY_CONTENT = 8000;

type ThreadMessage = { text?: unknown; ts?: unknown; user?: unknown; bot_id?: unknown } | null;

/** Only a person's mention or direct message is answered; bots (ourselves included) and edits are ignored. */
function isAnswerable(event: SlackEvent, botUserId: string | undefined): boolean {
  if (event.bot_id || event.subtype || (botUserId && event.user === botUserId)) return false;
  return event.type === 'app_mention' || (event.type === 'message' && event.channel_type === 'im');
}

async function loadThreadHistory(
  context: SlackContext,
  event: SlackEvent,
  botUserId: string | undefined,
): Promise<HistoryMessage[]> {
  if (!event.thread_ts) return [];
  const result = await context.client.call(
    'conversations.replies',
    { channel: event.channel, ts: event.thread_ts, limit: 50 },
    'form',
  );
  if (!result.ok || !Array.isArray(result.body.messages)) return [];
  const messages = (result.body.messages as ThreadMessage[]).filter(
    (message): message is NonNullable<ThreadMessage> =>
      // why: Slack timestamps are fixed-width "seconds.micros" strings; comparing them as numbers loses the micros.
      typeof message?.ts === 'string' && message.ts < event.ts,
  );
  // why: only the asker's messages and this bot's replies reach the model; other people's messages (and other
  // bots') are theirs, not the asker's to share.
  const fromBot = (message: NonNullable<ThreadMessage>) =>
    botUserId !== undefined && message.user === botUserId;
  const fromAsker = (message: NonNullable<ThreadMessage>) =>
    typeof event.user === 'string' && message.user === event.user && !message.bot_id;
  return messages
    .filter((message) => fromBot(message) || fromAsker(message))
    .map((message): HistoryMessage => {
      const content = cleanSlackText(typeof message.text === 'string' ? message.text : '');
      return {
        role: fromBot(message) ? 'assistant' : 'user',
        content: content.slice(0, MAX_HISTORY_CONTENT),
      };
    })
    .filter((message) => message.content.length > 0)
    .slice(-MAX_HISTORY);
}

async function answerInThread(context: SlackContext, callback: EventCallback, botUserId: string | undefined) {
  const { event } = callback;
  const question = cleanSlackText(event.text);
  let message: SlackMessage;
  if (!question) message = { text: EMPTY_QUESTION_HELP, blocks: [] };
  else if (question.length > MAX_QUESTION_LENGTH) message = { text: QUESTION_TOO_LONG, blocks: [] };
  else {
    const history = await loadThreadHistory(context, event, botUserId);
    message = await answerForSlack(context, history.length > 0 ? { question, history } : { question });
  }
  await context.client.call('chat.postMessage', {
    channel: event.channel,
    thread_ts: event.thread_ts ?? event.ts,
    text: message.text,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** Returns the HTTP body to send back at once (the challenge, or nothing); answers run in the background. */
export async function handleSlackEvent(
  context: SlackContext,
  payload: unknown,
  retryNumber: string | undefined,
): Promise<{ challenge: string } | null> {
  const verification = urlVerificationSchema.safeParse(payload);
  if (verification.success) return { challenge: verification.data.challenge };
  const parsed = eventCallbackSchema.safeParse(payload);
  if (!parsed.success) return null;
  const callback = parsed.data;
  const { logger, storage, now } = context.dependencies;

  const claim = async (key: string) => {
    try {
      return await storage.claimEvent(key, now().toISOString());
    } catch (error) {
      // why: a 503 makes Slack retry later, rather than risking two answers or none.
      throw new AppError('storage_unavailable', undefined, { cause: error });
    }
  };
  if (!(await claim(callback.event_id))) {
    logger.info('slack_event_duplicate', {
      eventType: callback.event.type,
      retryNumber: retryNumber ?? null,
    });
    return null;
  }
  const botUserId = callback.authorizations?.[0]?.user_id;
  if (!isAnswerable(callback.event, botUserId)) return null;
  // why: a mention in a direct message can arrive twice (app_mention and message.im), with two event ids.
  if (!(await claim(`slack:${callback.event.channel}:${callback.event.ts}`))) return null;
  context.runInBackground(() => answerInThread(context, callback, botUserId));
  return null;
}
