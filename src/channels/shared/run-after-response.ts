/** @module Starts channel work after the acknowledgement has been sent, tracked by the app's background tasks. */
import type { Context } from 'hono';
import type { BackgroundTasks } from '../../background-tasks';
import type { Logger } from '../../logger';
import { executionContextOf } from './execution-context-of';

/** A `runInBackground(task)` bound to this request; failures are logged under `${channel}_background_failed`. */
export function createBackgroundRunner(
  c: Context,
  options: { backgroundTasks: BackgroundTasks; logger: Logger; channel: string },
): (task: () => Promise<unknown>) => void {
  const executionContext = executionContextOf(c);
  return function runInBackground(task) {
    // why: a macrotask lets the acknowledgement go out before the engine's synchronous work starts.
    const started = new Promise((resolve) => setTimeout(resolve, 0)).then(task).catch((error: unknown) => {
      options.logger.error(`${options.channel}_background_failed`, { name: (error as Error).name });
    });
    options.backgroundTasks.run(started, executionContext);
  };
}
