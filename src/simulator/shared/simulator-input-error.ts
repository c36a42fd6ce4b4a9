/** @module The simulator's own error: an input it cannot read (a malformed IDCC or NAF), named by a code. */

export type SimulatorErrorCode = 'invalid_idcc' | 'invalid_naf';

/** Thrown by the pure simulator; the HTTP layer and the model tools word it from the one error catalogue. */
export class SimulatorInputError extends Error {
  override readonly name = 'SimulatorInputError';

  constructor(readonly code: SimulatorErrorCode) {
    super(code);
  }

  static isInstance(error: unknown): error is SimulatorInputError {
    return error instanceof Error && error.name === 'SimulatorInputError' && 'code' in error;
  }
}
