/** @module Tool searchKnowledge: the model reads guide sections and rule passages, with ids it can cite. */
import { tool } from 'ai';
import { z } from 'zod';
import type { PassageRanker } from '../../search';
import { providerSchema } from './provider-schema';

export const searchKnowledgeInputSchema = z
  .object({
    query: z
      .string()
      .trim()
      .min(2)
      .max(300)
      .describe('Mots-clés en français, par exemple « pièces après la formation ».'),
    kind: z
      .enum(['guide', 'rule'])
      .optional()
      .describe('guide : explications générales ; rule : règles chiffrées et datées. Par défaut : les deux.'),
  })
  .describe('Recherche dans le guide OPCO Atlas et les règles chiffrées.');

export type SearchKnowledgeOutput = {
  passages: Array<{ id: string; title: string; source: string; url: string; text: string }>;
};

/** Passages are returned whole (they are short), so every figure the model may quote is in the tool output. */
export function createSearchKnowledgeTool(rank: PassageRanker) {
  return tool({
    description:
      'Cherche des passages du guide OPCO Atlas et des règles (montants, dates, conditions). Toujours l’appeler avant de citer une règle ou un chiffre.',
    inputSchema: providerSchema(searchKnowledgeInputSchema),
    execute: async ({ query, kind }): Promise<SearchKnowledgeOutput> => ({
      passages: rank(query, { limit: 4, ...(kind ? { kind } : {}) }).map(({ passage }) => ({
        id: passage.id,
        title: passage.title,
        source: passage.source.title,
        url: passage.source.url,
        text: passage.body,
      })),
    }),
  });
}
