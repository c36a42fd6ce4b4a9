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

/**
 * Waits for a write at most `waitMs`: a quick failure is thrown (the caller answers 503), a slow one (a locked
 * database) carries on in the background, tracked like any task (waitUntil on Workers), so requests never stall.
 */
export async function awaitBriefly(
  write: Promise<unknown>,
  options: {
    backgroundTasks: BackgroundTasks;
    executionContext?: { waitUntil(promise: Promise<unknown>): void } | undefined;
    waitMs?: number;
  },
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, options.waitMs ?? 250, 'late');
  });
  try {
    const outcome = await Promise.race([write, late]);
    if (outcome === 'late') options.backgroundTasks.run(write, options.executionContext);
  } finally {
    clearTimeout(timer);
  }
}
