/**
 * Runs the imported-bookmarks pass (imported-full-text.ts) after each
 * refresh and after an import, one pass at a time: a request during a pass
 * runs one more pass after it. Offline, nothing is fetched; stop() aborts the
 * downloads in flight. The pages' pictures are handed to `afterFullText`
 * (the image cache) before the pass counts as done.
 */
import type { Db } from '../db/sql';
import { coreLog } from '../log/core-log';
import { fetchPendingFullText } from './imported-full-text';
import type { SyncEngine } from './sync-engine';

export interface PendingPass {
  request(): void;
  stop(): Promise<void>;
  whenIdle(): Promise<void>;
}

export function createPendingPass(
  db: () => Db,
  engine: () => SyncEngine,
  now: () => number,
  afterFullText: (articleIds: readonly string[]) => Promise<void> = async () => undefined,
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
        const report = await fetchPendingFullText({
          db,
          fetcher: e.currentFetcher(),
          limiter: e.sharedLimiter(),
          signal: controller.signal,
          now,
        }).catch((error: unknown) => {
          if (!controller.signal.aborted)
            coreLog.warning('Fetching the pages of imported bookmarks failed: {error}', { error });
          return null;
        });
        if (report) {
          await afterFullText(report.articleIds);
          if (report.fetched > 0) onFetched();
        }
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
