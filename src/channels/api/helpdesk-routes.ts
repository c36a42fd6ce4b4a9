/** @module POST /v1/helpdesk/draft: a ready-to-send French reply to a support ticket, flagged for a human when unsure. */
import { createRoute, z } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app';
import {
  type AnswerEngine,
  askContextSchema,
  citationSchema,
  MAX_QUESTION_LENGTH,
  toolCallSchema,
} from '../../chat/answer-contract';
import { createRouter } from '../../http/create-router';
import { toHelpdeskDraft } from './helpdesk-draft';

export const helpdeskDraftRequestSchema = z
  .object({
    ticket: z.object({
      subject: z.string().trim().min(1).max(300).openapi({ description: 'Objet du ticket' }),
      body: z.string().trim().min(1).max(10_000).openapi({ description: 'Message du client' }),
      company: askContextSchema
        .optional()
        .openapi({ description: 'Ce que le help desk sait déjà de l’entreprise (IDCC, NAF, effectif)' }),
    }),
    tone: z
      .enum(['formal', 'neutral'])
      .default('formal')
      .openapi({ description: 'formal : « Madame, Monsieur » ; neutral : « Bonjour »' }),
  })
  .openapi('HelpdeskDraftRequest', {
    example: {
      ticket: {
        subject: 'Prise en charge d’une formation',
        body: 'Bonjour, notre cabinet souhaite former deux salariés à la gestion de projet. Comment obtenir un financement de l’OPCO Atlas ?',
        company: { idcc: '1486', headcount: 25 },
      },
      tone: 'formal',
    },
  });

export const helpdeskDraftResponseSchema = z
  .object({
    messageId: z.string().openapi({ description: 'Identifiant à renvoyer à /v1/feedback' }),
    draftReply: z.string().openapi({ description: 'Brouillon d’e-mail prêt à envoyer, en français' }),
    citations: z.array(citationSchema),
    toolCalls: z.array(toolCallSchema),
    confidence: z.enum(['high', 'medium', 'low']),
    handoff: z
      .object({ reason: z.string(), message: z.string() })
      .nullable()
      .openapi({ description: 'Renseigné quand un conseiller doit reprendre la demande' }),
    missingInformation: z.array(z.string()).openapi({ description: 'Informations à demander au client' }),
  })
  .openapi('HelpdeskDraftResponse');

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string().optional() }),
});

const helpdeskDraftRoute = createRoute({
  method: 'post',
  path: '/v1/helpdesk/draft',
  summary: 'Rédiger une réponse à un ticket de support',
  description:
    'Prépare un brouillon d’e-mail en français (salutation, réponse, sources, signature à compléter). Les questions auxquelles l’assistant ne peut pas répondre avec certitude sont signalées (champ handoff) et le brouillon annonce le suivi par un conseiller, sans jamais deviner.',
  request: {
    body: { required: true, content: { 'application/json': { schema: helpdeskDraftRequestSchema } } },
  },
  responses: {
    200: {
      description: 'Brouillon de réponse',
      content: { 'application/json': { schema: helpdeskDraftResponseSchema } },
    },
    400: { description: 'Requête invalide', content: { 'application/json': { schema: errorSchema } } },
  },
});

/** Subject then body, cut at a word boundary to the engine's question limit. */
function toQuestion(subject: string, body: string): string {
  const question = `${subject}\n\n${body}`;
  if (question.length <= MAX_QUESTION_LENGTH) return question;
  const cut = question.slice(0, MAX_QUESTION_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUESTION_LENGTH - 200)).trim();
}

export function createHelpdeskRoutes(_dependencies: AppDependencies, engine: AnswerEngine) {
  return createRouter().openapi(helpdeskDraftRoute, async (c) => {
    const { ticket, tone } = c.req.valid('json');
    const response = await engine.answer(
      {
        question: toQuestion(ticket.subject, ticket.body),
        ...(ticket.company ? { context: ticket.company } : {}),
      },
      { channel: 'helpdesk', signal: c.req.raw.signal },
    );
    return c.json(toHelpdeskDraft(response, ticket.subject, tone), 200);
  });
}
