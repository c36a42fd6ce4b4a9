/** @module Builds the OpenAPI 3.1 document from the routes registered with @hono/zod-openapi, plus the API-key scheme. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { askRequestSchema } from '../../chat/answer-contract';
import { requiresApiKey } from '../../http/api-key-auth';
import type { AppEnvironment } from '../../http/app-environment';
import { REQUEST_EXAMPLES } from './request-examples';

export const API_KEY_SCHEME = 'cleApi';

type Operation = {
  security?: unknown;
  responses?: Record<string, unknown>;
  requestBody?: { content?: Record<string, { example?: unknown }> };
};
type OpenApiDocument = ReturnType<OpenAPIHono<AppEnvironment>['getOpenAPI31Document']>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const unauthorizedResponse = {
  description: 'Clé API absente ou invalide (seulement quand le serveur définit API_KEYS)',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { type: 'string', const: 'unauthorized' }, message: { type: 'string' } },
            required: ['code', 'message'],
          },
        },
        required: ['error'],
      },
    },
  },
};

export type OpenApiDocumentOptions = { version: string; serverUrl: string | undefined };

const CHAT_STREAM_DESCRIPTION = `Le même moteur que /v1/ask, en flux : le protocole « UI message stream » (v1) de l’AI SDK, en server-sent events (\`text/event-stream\`, en-tête \`x-vercel-ai-ui-message-stream: v1\`), lisible par \`useChat\` ou par le widget. Le corps accepte la forme simple \`{ question, history?, context?, locale? }\` ou celle de \`useChat\` \`{ messages: UIMessage[], context? }\`. Chaque événement \`data: {…}\` porte un objet \`type\` :
- start : ouvre le message ; messageMetadata = { messageId, status, intent, mode, degraded, redactions }.
- text-start, text-delta, text-end : le texte de la réponse, par morceaux à concaténer.
- source-url / source-document : une source citée.
- data-citation : { id, title, source, excerpt, url? }, l’extrait qui appuie la réponse.
- data-simulation : { name, input, output }, un appel au simulateur et son résultat calculé.
- data-follow-ups : { questions }, des questions suggérées.
- data-handoff : { reason, message, contactUrl }, le passage à un conseiller Atlas.
- data-status (transitoire) : { message }, la progression (« Je vérifie l’IDCC 1486… ») avant le texte.
- data-reset (transitoire) : { reason: "guard" }, effacer le texte déjà affiché pour ce message : une phrase a échoué au contrôle des chiffres et le texte de remplacement suit. Un client qui l’ignore garde une réponse correcte après le texte déjà affiché.
- error : { errorText }, une erreur en cours de flux.
- finish : termine le message (mêmes métadonnées que start). Un flux qui se ferme sans finish est incomplet : à traiter comme une erreur.
Le flux se termine par \`data: [DONE]\`. Les erreurs de requête (corps invalide, trop long…) répondent avant le flux, en JSON \`{ "error": { "code", "message" } }\`.`;

/** Documents POST /api/chat, a plain Hono route (its body is a stream, not JSON), in the same registry. */
function registerChatStream(app: OpenAPIHono<AppEnvironment>): void {
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/chat',
    tags: ['Widget et useChat'],
    summary: 'Poser une question et recevoir la réponse en flux (server-sent events)',
    description: CHAT_STREAM_DESCRIPTION,
    request: { body: { required: true, content: { 'application/json': { schema: askRequestSchema } } } },
    responses: {
      200: {
        description: 'Flux UI message stream v1 (text/event-stream), un événement `data:` par partie',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      },
      400: { description: 'Requête invalide : le message en français nomme le champ en cause' },
      413: { description: 'Corps trop volumineux' },
      415: { description: 'Content-Type autre que application/json' },
      429: { description: 'Trop de requêtes : patientez avant de réessayer' },
    },
  });
}

/** Declares the bearer scheme and /api/chat once on the root registry; call before the first document is generated. */
export function registerApiKeyScheme(app: OpenAPIHono<AppEnvironment>): void {
  registerChatStream(app);
  app.openAPIRegistry.registerComponent('securitySchemes', API_KEY_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description:
      'Clé d’API transmise dans l’en-tête « Authorization: Bearer <clé> ». Exigée sur /v1/* (sauf /v1/feedback) lorsque le serveur définit API_KEYS.',
  });
}

export function createOpenApiDocument(
  app: OpenAPIHono<AppEnvironment>,
  options: OpenApiDocumentOptions,
): OpenApiDocument {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'API de l’Assistant OPCO Atlas',
      version: options.version,
      description:
        'API JSON pour les help desks et les intégrations : questions-réponses sourcées, recherche dans le guide, simulations de prise en charge et brouillons de réponse aux tickets. Les erreurs ont la forme `{ "error": { "code", "message" } }`, avec un message en français.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
  });
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const json = (item as Record<string, Operation | undefined>).post?.requestBody?.content?.[
      'application/json'
    ];
    if (json && REQUEST_EXAMPLES[path] !== undefined) json.example ??= REQUEST_EXAMPLES[path];
    if (!requiresApiKey(path)) continue;
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      operation.security ??= [{ [API_KEY_SCHEME]: [] }];
      operation.responses = {
        ...operation.responses,
        401: operation.responses?.[401] ?? unauthorizedResponse,
      };
    }
  }
  return document;
}
