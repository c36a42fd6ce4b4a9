/** @module knowledge/matching.yaml: the matcher's calibrated thresholds, written by `npm run bench:match`. */
import { z } from 'zod';

export const matchingSettingsSchema = z
  .object({
    temperature: z.number().positive(),
    abstain: z.number().min(0).max(1),
    answer: z.number().min(0).max(1),
    closeRatio: z.number().min(0).max(1),
  })
  .strict();

export type MatchingSettings = z.infer<typeof matchingSettingsSchema>;
