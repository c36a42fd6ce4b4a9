/** @module Builds the OpenAPI 3.1 document from the routes registered with @hono/zod-openapi, plus the API-key scheme. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { requiresApiKey } from '../../http/api-key-auth';
import type { AppEnvironment } from '../../http/app-environment';

export const API_KEY_SCHEME = 'cleApi';

type Operation = { security?: unknown; responses?: Record<string, unknown> };
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

/** Declares the bearer scheme once on the root registry; call before the first document is generated. */
export function registerApiKeyScheme(app: OpenAPIHono<AppEnvironment>): void {
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
