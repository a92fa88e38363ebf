/**
 * Waits for some work, but no longer than a bound: the work itself goes on
 * either way. `articles.fetchFullText` waits so for the page's pictures, so
 * a picture host that never answers cannot hold back a text already stored.
 */
import type { Timers } from './scheduler';

/** Settles when `work` settles (either way) or after `ms`, whichever comes first; never rejects. */
export function waitAtMost(work: Promise<unknown>, ms: number, timers: Timers): Promise<void> {
  return new Promise((resolve) => {
    const timer = timers.setTimeout(resolve, ms);
    void work
      .catch(() => undefined)
      .then(() => {
        timers.clearTimeout(timer);
        resolve();
      });
  });
}
