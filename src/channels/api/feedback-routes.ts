/** @module POST /v1/feedback (a vote on one answer) and GET /v1/admin/insights (operator statistics, ADMIN_TOKEN). */
import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app';
import { awaitBriefly } from '../../background-tasks';
import type { AnswerEngine } from '../../chat/answer-contract';
import { AppError } from '../../errors';
import { createRouter } from '../../http/create-router';
import { neutralizeLinks, redactText } from '../../privacy';
import { isIssuedMessageId, issueMessageId } from '../../storage';
import { executionContextOf } from '../shared';
import { requireAdminToken } from './require-admin-token';

export const MAX_COMMENT_LENGTH = 1000;

/** 404 for any id this server did not issue: no vote for answers that never existed. */
export const UNKNOWN_MESSAGE =
  'Cette réponse est inconnue : « messageId » doit être l’identifiant renvoyé par l’assistant avec la réponse évaluée.';

const FEEDBACK_REASONS = ['incorrect', 'incomplete', 'unclear', 'other'] as const;
/** The documented example; its id is replaced by one this server issued, so « Essayer » in /docs works. */
const FEEDBACK_EXAMPLE = { messageId: '', rating: 'up' };
const CHANNELS = ['api', 'web', 'slack', 'teams', 'helpdesk'] as const;

export const feedbackRequestSchema = z
  .object({
    messageId: z
      .string()
      .trim()
      .min(1, 'indiquez l’identifiant « messageId » de la réponse évaluée')
      .max(100)
      .regex(/^[\w.:-]+$/, 'identifiant de réponse mal formé')
      .openapi({
        description: 'L’identifiant « messageId » renvoyé avec la réponse (émis et signé par ce serveur)',
      }),
    rating: z.enum(['up', 'down']).openapi({ description: 'up : utile ; down : pas utile' }),
    reason: z.enum(FEEDBACK_REASONS).optional().openapi({ description: 'Pour un avis négatif uniquement' }),
    comment: z.string().max(MAX_COMMENT_LENGTH, 'le commentaire dépasse 1 000 caractères').optional(),
    channel: z.enum(CHANNELS).optional().openapi({ description: 'Canal d’origine (api par défaut)' }),
  })
  .refine((body) => body.rating === 'down' || body.reason === undefined, {
    message: 'une raison ne s’indique que pour un avis négatif (rating « down »)',
    path: ['reason'],
  })
  .openapi('FeedbackRequest', { example: FEEDBACK_EXAMPLE });

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const errorContent = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});

const feedbackRoute = createRoute({
  method: 'post',
  path: '/v1/feedback',
  tags: ['Avis'],
  summary: 'Donner un avis sur une réponse',
  request: { body: { required: true, content: { 'application/json': { schema: feedbackRequestSchema } } } },
  responses: {
    201: {
      description: 'Avis enregistré',
      content: {
        'application/json': {
          schema: z
            .object({ status: z.literal('recorded'), messageId: z.string() })
            .openapi('FeedbackRecorded'),
        },
      },
    },
    400: errorContent('Requête invalide'),
    404: errorContent('Réponse inconnue (messageId non émis par ce serveur)'),
    503: errorContent('Stockage indisponible'),
  },
});

const countSchema = z.number().int();
export const insightsSchema = z
  .object({
    since: z.string(),
    volumeByDay: z.array(z.object({ day: z.string(), count: countSchema })),
    volumeByIntent: z.array(z.object({ intent: z.string(), count: countSchema })),
    abstentionRate: z.number(),
    topUnanswered: z.array(z.object({ question: z.string(), count: countSchema })),
    feedback: z.object({
      up: countSchema,
      down: countSchema,
      reasons: z.array(z.object({ reason: z.string(), count: countSchema })),
    }),
    topCitedSections: z.array(z.object({ id: z.string(), count: countSchema })),
  })
  .openapi('Insights');

const insightsRoute = createRoute({
  method: 'get',
  path: '/v1/admin/insights',
  tags: ['Administration'],
  summary: 'Statistiques des questions et des avis',
  security: [{ adminToken: [] }],
  request: {
    query: z.object({
      days: z.coerce.number().int().min(1).max(366).default(30).openapi({ example: 30 }),
      limit: z.coerce.number().int().min(1).max(100).default(10).openapi({ example: 10 }),
    }),
  },
  responses: {
    200: { description: 'Statistiques', content: { 'application/json': { schema: insightsSchema } } },
    401: errorContent('Jeton absent ou invalide'),
    503: errorContent('Statistiques désactivées ou stockage indisponible'),
  },
});

const DAY_MS = 24 * 60 * 60 * 1000;

export function createFeedbackRoutes(dependencies: AppDependencies, _engine: AnswerEngine) {
  const router = createRouter();
  FEEDBACK_EXAMPLE.messageId = issueMessageId(dependencies.config.messageIdSecret);
  router.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'La valeur de ADMIN_TOKEN',
  });
  return router
    .openapi(feedbackRoute, async (c) => {
      const body = c.req.valid('json');
      if (!isIssuedMessageId(body.messageId, dependencies.config.messageIdSecret)) {
        throw new AppError('not_found', UNKNOWN_MESSAGE);
      }
      // With LOG_QUESTIONS=false no free text is stored anywhere, comments included.
      const comment =
        dependencies.config.logQuestions && body.comment?.trim() ? redactText(body.comment.trim()) : null;
      const write = dependencies.storage.recordFeedback({
        messageId: body.messageId,
        createdAt: dependencies.now().toISOString(),
        channel: body.channel ?? 'api',
        rating: body.rating,
        reason: body.reason ?? null,
        comment,
      });
      await awaitBriefly(write, { ...dependencies, executionContext: executionContextOf(c) });
      return c.json({ status: 'recorded' as const, messageId: body.messageId }, 201);
    })
    .openapi({ ...insightsRoute, middleware: [requireAdminToken(dependencies.config)] }, async (c) => {
      const { days, limit } = c.req.valid('query');
      const since = new Date(dependencies.now().getTime() - days * DAY_MS);
      since.setUTCHours(0, 0, 0, 0);
      const insights = await dependencies.storage.insights({ since: since.toISOString(), limit });
      // why: user text shown to operators as text only: links defanged, so a planted link is never one click away.
      const topUnanswered = insights.topUnanswered.map(({ question, count }) => ({
        question: neutralizeLinks(question),
        count,
      }));
      return c.json({ ...insights, topUnanswered }, 200);
    });
}
