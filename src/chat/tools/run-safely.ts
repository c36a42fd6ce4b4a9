/** @module Runs a simulator call for the model: validation and data errors become an `error` output, never a throw. */
import { ERROR_CATALOG } from '../../errors';
import { SimulatorInputError } from '../../simulator';

export type ToolFailure = { error: string };

/** A simulator input error (malformed IDCC…) is a fact the model must read, not a failed tool call. */
export function runSafely<T>(run: () => T): T | ToolFailure {
  try {
    return run();
  } catch (error) {
    if (SimulatorInputError.isInstance(error)) return { error: ERROR_CATALOG[error.code].message };
    return { error: 'Simulation impossible avec ces données.' };
  }
}
