/**
 * Runs the page pass (imported-full-text.ts: imported bookmarks, and new
 * articles of account feeds that download full articles) after each refresh,
 * each account sync and each import, one pass at a time: a request during a
 * pass runs one more pass after it. A pass takes batch after batch while
 * whole batches are due, up to `MAX_BATCHES_PER_PASS`, so a sync that queued
 * a few feeds' pages does not wait for several more syncs. Offline, nothing
 * is fetched; stop() aborts the downloads in flight. The pages' pictures are
 * handed to `afterFullText` (the image cache) before the pass counts as done.
 */
import type { Db } from '../db/sql';
import { coreLog } from '../log/core-log';
import type { Network } from '../net/network';
import { fetchPendingFullText, PENDING_BATCH } from './imported-full-text';

/** At most this many batches per pass (100 pages): the rest waits for the next request. */
export const MAX_BATCHES_PER_PASS = 4;

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
      let batches = 0;
      do {
        again = false;
        if (controller.signal.aborted || !isOnline()) return;
        batches += 1;
        const report = await fetchPendingFullText({
          db,
          fetcher: network.fetcher(),
          limiter: network.limiter,
          signal: controller.signal,
          now,
        }).catch((error: unknown) => {
          if (!controller.signal.aborted)
            coreLog.warning('Fetching the pages waiting for their full text failed: {error}', { error });
          return null;
        });
        if (report) {
          await afterFullText(report.articleIds);
          if (report.fetched > 0) onFetched();
        }
        // A whole batch may have left more due; failed pages are due again only later, so this ends.
        const full = report !== null && report.fetched + report.failed >= PENDING_BATCH;
        if (full && batches < MAX_BATCHES_PER_PASS) again = true;
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
