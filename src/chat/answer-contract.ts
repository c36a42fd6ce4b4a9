/** @module The answer engine's contract: request and response schemas shared by every channel and the OpenAPI document. */
import { z } from 'zod';
import type { Channel } from '../storage/storage';

export const MAX_QUESTION_LENGTH = 2000;

export const historyMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(8000),
});

export const askContextSchema = z.object({
  idcc: z.string().max(20).optional(),
  naf: z.string().max(10).optional(),
  headcount: z.number().int().min(0).max(1_000_000).optional(),
});

export const askRequestSchema = z.object({
  question: z.string().trim().min(1).max(MAX_QUESTION_LENGTH),
  history: z.array(historyMessageSchema).max(20).optional(),
  context: askContextSchema.optional(),
  locale: z.enum(['fr', 'en']).optional(),
});

export type AskRequest = z.infer<typeof askRequestSchema>;
export type HistoryMessage = z.infer<typeof historyMessageSchema>;

export const citationSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Title of the source document. */
  source: z.string(),
  /** The text that supports the answer. */
  excerpt: z.string(),
  url: z.string().optional(),
});

export const toolCallSchema = z.object({
  name: z.string(),
  input: z.unknown(),
  output: z.unknown(),
});

export const intentSchema = z.enum([
  'membership',
  'funding',
  'documents',
  'refusal',
  'apprenticeship',
  'general',
  'out_of_scope',
  'injection',
  'abuse',
  'handoff',
]);

export const askResponseSchema = z.object({
  messageId: z.string(),
  answer: z.string(),
  mode: z.enum(['offline', 'llm']),
  degraded: z.boolean(),
  intent: intentSchema,
  /** answered: a substantive answer; clarification: asks for missing details; abstained: could not help. */
  status: z.enum(['answered', 'clarification', 'abstained', 'refused']),
  locale: z.enum(['fr', 'en']),
  citations: z.array(citationSchema),
  toolCalls: z.array(toolCallSchema),
  followUps: z.array(z.string()),
  handoff: z.object({ reason: z.string(), message: z.string() }).nullable(),
  redactions: z.array(z.string()),
});

export type Citation = z.infer<typeof citationSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;
export type Intent = z.infer<typeof intentSchema>;
export type AskResponse = z.infer<typeof askResponseSchema>;

/**
 * What a streaming channel receives while the answer is prepared: `start` at once (the draft carries the id and
 * what is known before the model answers), tool progress, text already checked by the figure guard, and `reset`
 * when the text shown so far must be replaced by the text that follows.
 */
export type AnswerEvent =
  | { type: 'start'; draft: AskResponse }
  | { type: 'status'; message: string }
  | { type: 'text'; delta: string }
  | { type: 'reset'; reason: 'guard' };

export type AnswerOptions = {
  channel: Channel;
  /** The client's request signal: aborting it cancels the provider call. */
  signal?: AbortSignal;
  /** Receives the answer as it is prepared; the returned response is the same answer, whole. */
  onEvent?: (event: AnswerEvent) => void;
  /** Workers' execution context, so the question log outlives the response (waitUntil). */
  executionContext?: { waitUntil(promise: Promise<unknown>): void };
};

/** One engine behind every channel. */
export type AnswerEngine = {
  answer(request: AskRequest, options: AnswerOptions): Promise<AskResponse>;
};
