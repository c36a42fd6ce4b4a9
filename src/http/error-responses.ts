/** @module The one place where errors become HTTP responses: catalogue errors as-is, anything else as a 500 with an id. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, errorBody } from '../errors';
import type { Logger } from '../logger';
import type { AppEnvironment } from './app-environment';

export function createErrorHandler(logger: Logger) {
  return function handleError(error: Error, c: Context<AppEnvironment>) {
    const requestId = c.get('requestId');
    if (AppError.isInstance(error)) {
      return c.json(errorBody(error.code, error.message), error.status, error.headers);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      if (status === 413) return c.json(errorBody('payload_too_large'), 413);
      if (status === 401) return c.json(errorBody('unauthorized'), 401);
      if (status < 500) return c.json(errorBody('invalid_request'), 400);
    }
    // why: never echo internals; the id lets support match the log line.
    logger.error('unhandled_error', { requestId, name: error.name, path: c.req.path });
    return c.json(errorBody('internal_error', undefined, requestId), 500);
  };
}
