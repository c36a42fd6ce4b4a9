/** @module TEMPORARY placeholder: replaced by the help-desk API work (/openapi.json, /docs). */
import type { AppDependencies } from '../../app';
import { createRouter } from '../../http/create-router';

export function createDocsRoutes(_dependencies: AppDependencies, _app: ReturnType<typeof createRouter>) {
  return createRouter();
}
