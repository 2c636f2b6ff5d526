export interface LatestOnlyHooks {
  /** Called when a call comes in while the task runs: the running task's results are out of date. */
  readonly overtaken?: () => void;
  /** Called when the task has run for the latest call and nothing is waiting. */
  readonly idle?: () => void;
}

/**
 * Runs an async task for the latest request only. A call while the task runs does not start it again at
 * once: when the running task ends, it runs one more time, for however many calls came meanwhile. A
 * search box needs this once a search takes longer than a keystroke (a large index): searches queued
 * per keystroke would bring the last results seconds after the last key.
 */
export function latestOnly(task: () => Promise<void>, hooks: LatestOnlyHooks = {}): () => Promise<void> {
  let running = false;
  let called = false;
  return async () => {
    if (running) {
      called = true;
      hooks.overtaken?.();
      return;
    }
    running = true;
    try {
      do {
        called = false;
        await task();
      } while (called);
    } finally {
      running = false;
      hooks.idle?.();
    }
  };
}
