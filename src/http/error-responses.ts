/** @module The one place where errors become HTTP responses: catalogue errors as-is, anything else as a 500 with an id. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorCode, errorBody } from '../errors';
import type { Logger } from '../logger';
import { redactPersonalData } from '../privacy';
import { SimulatorInputError } from '../simulator';
import type { AppEnvironment } from './app-environment';

/** Hono's own 4xx exceptions (validators, middleware) mapped onto our catalogue; any other 4xx is a 400. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Where the error was thrown (code locations only: the message may quote user input). */
function stackFrames(error: Error): string[] {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 3)
    .map((line) => line.trim().slice(0, 200));
}

export function createErrorHandler(logger: Logger) {
  return function handleError(error: Error, c: Context<AppEnvironment>) {
    const requestId = c.get('requestId');
    if (SimulatorInputError.isInstance(error)) return c.json(errorBody(error.code), 400);
    if (AppError.isInstance(error)) {
      if (error.status >= 500) logger.warn('service_unavailable', { requestId, code: error.code });
      return c.json(errorBody(error.code, error.message), error.status, error.headers);
    }
    if (c.req.raw.signal?.aborted) {
      // why: a client that hangs up mid-upload is routine: one info line, not an error with a stack.
      logger.info('request_aborted', { requestId, method: c.req.method });
      return c.body(null, 499 as never);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = HTTP_EXCEPTION_CODES[error.status] ?? 'invalid_request';
      return c.json(errorBody(code), code === 'invalid_request' ? 400 : error.status);
    }
    // why: never echo internals; the id lets support match the log line, which holds no user text.
    logger.error('unhandled_error', {
      requestId,
      name: error.name,
      method: c.req.method,
      path: redactPersonalData(c.req.path.slice(0, 200)).text,
      at: stackFrames(error),
    });
    return c.json(errorBody('internal_error', undefined, requestId), 500);
  };
}
