/** @module GET /openapi.json and GET /docs: the help-desk API reference, served with no external asset. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDependencies } from '../../app';
import type { AppEnvironment } from '../../http/app-environment';
import { createRouter } from '../../http/create-router';
import { createOpenApiDocument, registerApiKeyScheme } from './create-openapi-document';
import { DOCS_CONTENT_SECURITY_POLICY, DOCS_PAGE } from './docs-page';
import { DOCS_SCRIPT } from './docs-script';
import { DOCS_STYLE } from './docs-style';

const SECURITY_HEADERS = {
  'content-security-policy': DOCS_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** `app` is the root app: its registry holds every route documented with createRoute. */
export function createDocsRoutes(dependencies: AppDependencies, app: OpenAPIHono<AppEnvironment>) {
  registerApiKeyScheme(app);
  let document: ReturnType<typeof createOpenApiDocument> | undefined;

  return createRouter()
    .get('/openapi.json', (c) => {
      // why: every route is registered when createApp returns, so the document never changes afterwards.
      document ??= createOpenApiDocument(app, {
        version: dependencies.knowledge.version,
        serverUrl: dependencies.config.publicUrl,
      });
      return c.json(document, 200, { 'cache-control': 'no-cache' });
    })
    .get('/docs', (c) => c.html(DOCS_PAGE, 200, SECURITY_HEADERS))
    .get('/docs/assets/docs.js', (c) =>
      c.body(DOCS_SCRIPT, 200, { ...SECURITY_HEADERS, 'content-type': 'text/javascript; charset=utf-8' }),
    )
    .get('/docs/assets/docs.css', (c) =>
      c.body(DOCS_STYLE, 200, { ...SECURITY_HEADERS, 'content-type': 'text/css; charset=utf-8' }),
    );
}
