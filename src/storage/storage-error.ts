/** @module Storage failures as one catalogue error, so callers can catch them and the API can answer 503. */
import { AppError } from '../errors';

/** Wraps any database failure (unwritable file, D1 outage, missing table…) in the `storage_unavailable` error. */
export function toStorageError(cause: unknown): AppError {
  if (AppError.isInstance(cause) && cause.code === 'storage_unavailable') return cause;
  return new AppError('storage_unavailable', undefined, { cause });
}
