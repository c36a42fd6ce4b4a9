/** @module Zod schemas for the Slack payloads we read: slash commands, Events API envelopes, block actions. */
import { z } from 'zod';

export const slashCommandSchema = z.object({
  command: z.string().max(100),
  text: z.string().max(4000).default(''),
  response_url: z.url({ protocol: /^https?$/ }),
  user_id: z.string().max(100).optional(),
  channel_id: z.string().max(100).optional(),
});

export type SlashCommand = z.infer<typeof slashCommandSchema>;

export const urlVerificationSchema = z.object({
  type: z.literal('url_verification'),
  challenge: z.string().min(1).max(500),
});

export const slackEventSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  app_id: z.string().optional(),
  text: z.string().max(40_000).optional(),
  ts: z.string().max(40),
  thread_ts: z.string().max(40).optional(),
  channel: z.string().max(100),
  channel_type: z.string().optional(),
});

export type SlackEvent = z.infer<typeof slackEventSchema>;

export const eventCallbackSchema = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1).max(100),
  api_app_id: z.string().optional(),
  authorizations: z.array(z.object({ user_id: z.string().optional() })).optional(),
  event: slackEventSchema,
});

export type EventCallback = z.infer<typeof eventCallbackSchema>;

export const blockActionsSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string() }).optional(),
  response_url: z.url({ protocol: /^https?$/ }).optional(),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().max(200).optional() }))
    .min(1)
    .max(25),
});

export type BlockActions = z.infer<typeof blockActionsSchema>;
