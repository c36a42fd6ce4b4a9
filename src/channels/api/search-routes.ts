/** @module GET /v1/search: French full-text search over the guide and the rules. */
import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app';
import { createRouter } from '../../http/create-router';
import { searchKnowledge } from '../../search';

export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'la recherche est vide : indiquez des mots-clés dans « q »')
    .max(500, 'la recherche dépasse 500 caractères')
    .openapi({ example: 'prise en charge contrat pro' }),
  limit: z.coerce.number().int().min(1).max(20).default(5).openapi({ example: 5 }),
});

export const searchResponseSchema = z
  .object({
    query: z.string(),
    hits: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        excerpt: z.string(),
        source: z.object({ title: z.string(), url: z.string() }),
        score: z.number(),
      }),
    ),
  })
  .openapi('SearchResponse');

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  summary: 'Rechercher dans le guide et les règles',
  request: { query: searchQuerySchema },
  responses: {
    200: {
      description: 'Passages classés par pertinence',
      content: { 'application/json': { schema: searchResponseSchema } },
    },
  },
});

export function createSearchRoutes(dependencies: AppDependencies) {
  return createRouter().openapi(searchRoute, (c) => {
    const { q, limit } = c.req.valid('query');
    const hits = searchKnowledge(dependencies.knowledge.search, q, { limit });
    return c.json(
      {
        query: q,
        hits: hits.map(({ id, title, excerpt, source, score }) => ({ id, title, excerpt, source, score })),
      },
      200,
    );
  });
}
