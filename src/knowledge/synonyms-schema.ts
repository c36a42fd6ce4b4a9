/** @module Synonym groups (knowledge/synonyms.yaml): user wording → terms added to the search query. */
import { z } from 'zod';

export const synonymsSchema = z.object({
  groups: z
    .array(
      z.object({
        /** Normalised (lower-case, no accents) words or phrases a user may type. */
        when: z.array(z.string().min(2)).min(1),
        /** Terms appended to the query when one of `when` appears. */
        add: z.string().min(2),
      }),
    )
    .min(1),
});

export type Synonyms = z.infer<typeof synonymsSchema>;
