/** @module Work done after the response: Workers' waitUntil, or a tracked promise on Node. */

export type BackgroundTasks = {
  /** Runs `task` after the response; errors are swallowed by the task itself. */
  run(task: Promise<unknown>, executionContext?: { waitUntil(promise: Promise<unknown>): void }): void;
  /** Resolves once every pending task has settled (used by tests and graceful shutdown). */
  settled(): Promise<void>;
};

export function createBackgroundTasks(): BackgroundTasks {
  const pending = new Set<Promise<unknown>>();
  return {
    run(task, executionContext) {
      const tracked = task.catch(() => undefined).finally(() => pending.delete(tracked));
      pending.add(tracked);
      executionContext?.waitUntil(tracked);
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
