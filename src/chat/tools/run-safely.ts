/** @module Runs a simulator call for the model: validation and data errors become an `error` output, never a throw. */
import { AppError } from '../../errors';

export type ToolFailure = { error: string };

/** A thrown AppError (malformed IDCC…) is a fact the model must read, not a failed tool call. */
export function runSafely<T>(run: () => T): T | ToolFailure {
  try {
    return run();
  } catch (error) {
    if (AppError.isInstance(error)) return { error: error.message };
    return { error: 'Simulation impossible avec ces données.' };
  }
}
