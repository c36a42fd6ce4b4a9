/** @module Reads a /api/chat body: the useChat shape `{ id?, messages: UIMessage[] }` or the simple `{ question, history? }`. */
import { z } from 'zod';
import { type AskRequest, askContextSchema, askRequestSchema } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import { describeIssues, toValidationError } from '../../http/validation-error';

const MAX_HISTORY = 20;
const MAX_HISTORY_CONTENT = 8000;

const uiMessageSchema = z.looseObject({
  id: z.string().max(200).optional(),
  role: z.enum(['system', 'user', 'assistant']),
  parts: z.array(z.looseObject({ type: z.string().max(100), text: z.string().optional() })).max(200),
});

const uiChatRequestSchema = z.looseObject({
  id: z.string().max(200).optional(),
  messages: z.array(uiMessageSchema).min(1, 'la conversation est vide').max(200),
  context: askContextSchema.optional(),
  locale: z.enum(['fr', 'en']).optional(),
});

const textOf = (message: z.infer<typeof uiMessageSchema>) =>
  message.parts
    .filter((part) => part.type === 'text' && typeof part.text === 'string')
    .map((part) => part.text)
    .join('\n')
    .trim();

function fromUiMessages(body: z.infer<typeof uiChatRequestSchema>): unknown {
  const last = body.messages.at(-1);
  if (last?.role !== 'user') {
    throw new AppError(
      'invalid_request',
      'Requête invalide — le dernier message doit venir de l’utilisateur.',
    );
  }
  const history = body.messages
    .slice(0, -1)
    .filter((message) => message.role !== 'system')
    .map((message) => ({
      role: message.role as 'user' | 'assistant',
      content: textOf(message).slice(0, MAX_HISTORY_CONTENT),
    }))
    .filter((message) => message.content.length > 0)
    .slice(-MAX_HISTORY);
  return { question: textOf(last), history, context: body.context, locale: body.locale };
}

/** Turns either body shape into an AskRequest, or throws a French 400 naming the field. */
export function toAskRequest(body: unknown): AskRequest {
  const isUiShape = typeof body === 'object' && body !== null && 'messages' in body;
  if (!isUiShape) {
    const parsed = askRequestSchema.safeParse(body);
    if (!parsed.success) throw toValidationError(parsed.error);
    return parsed.data;
  }
  const ui = uiChatRequestSchema.safeParse(body);
  if (!ui.success) throw toValidationError(ui.error);
  const parsed = askRequestSchema.safeParse(fromUiMessages(ui.data));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      issue.path[0] === 'question' ? { ...issue, path: ['messages', 'question'] } : issue,
    );
    throw new AppError('invalid_request', describeIssues(issues));
  }
  return parsed.data;
}
