/** @module A route group with OpenAPI metadata, whose validation failures become our French 400 errors. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnvironment } from './app-environment';
import { toValidationError } from './validation-error';

export function createRouter() {
  return new OpenAPIHono<AppEnvironment>({
    defaultHook: (result) => {
      if (!result.success) throw toValidationError(result.error);
    },
  });
}
