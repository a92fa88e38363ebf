/**
 * Checks the languages of articles stored before languages were checked
 * (after the upgrade that added the check: the whole library) or stored by
 * the core thread, which has no detector (imported bookmarks). A batch at a
 * time: the samples go to the reading thread, where the detector lives, and
 * the answers come back to be written, so the core thread only reads and
 * writes a few rows between calls. Progress is the database itself (checked
 * rows are no longer NULL), so a pass cut short by quitting goes on at the
 * next start. It runs at start, after each refresh and after an import.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../db/sql';
import { saveLanguages, uncheckedLanguages } from '../library/articles/article-language';
import type { FeedReader } from './reading/read-feed-document';

export interface LanguagePass {
  request(): void;
  stop(): Promise<void>;
  /** Settles when no pass is running or queued (tests wait on this instead of sleeping). */
  whenIdle(): Promise<void>;
}

export const LANGUAGE_BATCH = 100;

export function createLanguagePass(
  db: () => Db,
  reader: () => FeedReader,
  batch: number = LANGUAGE_BATCH,
): LanguagePass {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const pass = async (): Promise<void> => {
    while (!stopped) {
      const rows = uncheckedLanguages(db(), batch);
      if (rows.length === 0) return;
      const choices = await reader().chooseLanguages(rows.map((row) => row.sample));
      // The reading thread failed or the app is closing: the rows stay unchecked for the next pass.
      if (!choices || choices.length !== rows.length || stopped) return;
      saveLanguages(
        db(),
        rows.map((row, i) => ({ id: row.id, ...choices[i]! })),
      );
      await nextTurn();
    }
  };

  const start = (): void => {
    running = (async () => {
      do {
        again = false;
        // A library that cannot be read (closed, or failed to open) ends the pass; the next request tries again.
        await pass().catch(() => undefined);
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };

  return {
    request() {
      if (stopped) return;
      if (running) again = true;
      else start();
    },
    async stop() {
      stopped = true;
      await running;
    },
    async whenIdle() {
      while (running) await running;
    },
  };
}
