/** @module The API reference: /openapi.json (OpenAPI 3.1 from the zod schemas) and the interactive /docs page. */
export { createDocsRoutes } from './docs-routes';
