/** @module POST /v1/ask: one question (with optional history and context) → a grounded answer with its sources. */
import { createRoute } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app';
import { type AnswerEngine, askRequestSchema, askResponseSchema } from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';

const askRoute = createRoute({
  method: 'post',
  path: '/v1/ask',
  summary: 'Poser une question à l’assistant OPCO Atlas',
  description:
    'Répond en français (ou en anglais) avec les sources citées, les calculs du simulateur, des suggestions et, si besoin, un relais vers un conseiller. Hors ligne par défaut ; avec un modèle quand OPENAI_API_KEY est défini.',
  request: {
    body: { required: true, content: { 'application/json': { schema: askRequestSchema } } },
  },
  responses: {
    200: {
      description: 'La réponse, ses citations et ses appels d’outils',
      content: { 'application/json': { schema: askResponseSchema } },
    },
  },
});

/** Workers provide an execution context; Hono throws when asked for it on Node. */
function executionContextOf(c: { executionCtx: { waitUntil(promise: Promise<unknown>): void } }) {
  try {
    return { executionContext: c.executionCtx };
  } catch {
    return {};
  }
}

export function createAskRoutes(_dependencies: AppDependencies, engine: AnswerEngine) {
  return createRouter().openapi(askRoute, async (c) => {
    const request = c.req.valid('json');
    // why: the request signal aborts when the client goes away (Node, and Workers with enable_request_signal).
    const response = await engine.answer(request, {
      channel: 'api',
      signal: c.req.raw.signal,
      ...executionContextOf(c),
    });
    return c.json(response, 200);
  });
}
