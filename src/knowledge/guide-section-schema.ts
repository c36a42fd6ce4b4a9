/** @module Front matter of a guide section (knowledge/guide/*.md). */
import { z } from 'zod';

export const guideSectionFrontMatterSchema = z.object({
  id: z.string().regex(/^guide-[a-z0-9-]+$/, 'identifiant attendu : « guide-… » en minuscules et tirets'),
  title: z.string().min(8).max(160),
  heading: z.string().min(2),
  source: z.object({ title: z.string().min(2), url: z.url({ protocol: /^https$/ }) }),
  keywords: z.array(z.string().min(2)).min(3).max(25),
});

export type GuideSectionFrontMatter = z.infer<typeof guideSectionFrontMatterSchema>;
