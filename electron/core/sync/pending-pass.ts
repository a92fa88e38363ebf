/**
 * Runs the imported-bookmarks pass (imported-full-text.ts) after each
 * refresh and after an import, one pass at a time: a request during a pass
 * runs one more pass after it. Offline, nothing is fetched; stop() aborts the
 * downloads in flight. The pages' pictures are handed to `afterFullText`
 * (the image cache) before the pass counts as done.
 */
import type { Db } from '../db/sql';
import { coreLog } from '../log/core-log';
import type { Network } from '../net/network';
import { fetchPendingFullText } from './imported-full-text';

export interface PendingPass {
  request(): void;
  stop(): Promise<void>;
  whenIdle(): Promise<void>;
}

export function createPendingPass(
  db: () => Db,
  network: Network,
  /** Offline, the pass fetches nothing (the sync engine knows). */
  isOnline: () => boolean,
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
        if (controller.signal.aborted || !isOnline()) return;
        const report = await fetchPendingFullText({
          db,
          fetcher: network.fetcher(),
          limiter: network.limiter,
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
