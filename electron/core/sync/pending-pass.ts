import type { Db } from '../db/sql';
import { fetchPendingFullText } from './imported-full-text';
import type { SyncEngine } from './sync-engine';

/**
 * Runs the imported-bookmarks pass (imported-full-text.ts) after each
 * refresh and after an import, one pass at a time: a request during a pass
 * runs one more pass after it. Offline, nothing is fetched; stop() aborts the
 * downloads in flight.
 */
export interface PendingPass {
  request(): void;
  stop(): Promise<void>;
  whenIdle(): Promise<void>;
}

export function createPendingPass(
  db: () => Db,
  engine: () => SyncEngine,
  now: () => number,
  /** Pages were stored: their text tells their language better than a bookmark's title (the language pass). */
  onFetched: () => void = () => undefined,
): PendingPass {
  const controller = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;

  const start = (): void => {
    running = (async () => {
      do {
        again = false;
        if (controller.signal.aborted || !engine().isOnline()) return;
        const e = engine();
        const outcome = await fetchPendingFullText({
          db,
          fetcher: e.currentFetcher(),
          limiter: e.sharedLimiter(),
          signal: controller.signal,
          now,
        }).catch(() => null);
        if (outcome && outcome.fetched > 0) onFetched();
      } while (again);
    })().finally(() => {
      running = null;
    });
  };

  return {
    request() {
      if (running) again = true;
      else start();
    },
    async stop() {
      controller.abort();
      await running;
    },
    async whenIdle() {
      while (running) await running;
    },
  };
}
