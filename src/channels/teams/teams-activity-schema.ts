/** @module Zod schemas for the Bot Framework activities we read, and the feedback a card sends back. */
import { z } from 'zod';

const channelAccountSchema = z.looseObject({
  id: z.string().max(500),
  name: z.string().max(500).optional(),
});

export const teamsActivitySchema = z.object({
  type: z.string().max(64),
  id: z.string().max(500).optional(),
  name: z.string().max(200).optional(),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string().max(100),
  from: channelAccountSchema,
  recipient: channelAccountSchema,
  conversation: z.looseObject({ id: z.string().min(1).max(1000) }),
  text: z.string().max(40_000).optional(),
  value: z.unknown().optional(),
});

export type TeamsActivity = z.infer<typeof teamsActivitySchema>;

export const teamsFeedbackSchema = z.object({
  action: z.literal('feedback'),
  rating: z.enum(['up', 'down']),
  messageId: z.string().min(1).max(200),
});

export type TeamsFeedback = z.infer<typeof teamsFeedbackSchema>;

/** The feedback carried by an Action.Submit (message `value`) or an Action.Execute (invoke `value.action.data`). */
export function feedbackOf(activity: TeamsActivity): TeamsFeedback | undefined {
  const value = activity.value as { action?: { data?: unknown } } | undefined;
  for (const candidate of [value, value?.action?.data]) {
    const parsed = teamsFeedbackSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
