import { monitorEventLoopDelay } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../electron/api/contract';
import type { SyncFinished } from '../../../electron/api/methods/sync';
import { openStore } from '../../../electron/core/db/open-store';
import { all, get } from '../../../electron/core/db/sql';
import { LIBRARY_FILE } from '../../../electron/core/service';
import { CoreWorkerHost } from '../../../electron/host/core-worker-host';
import { buildCoreWorker } from '../../support/build-worker';
import { makeTempDir } from '../../support/temp-dir';
import { ARTICLES_PER_FEED_IN_FEED, bookmarkEvery, cachedLibrary, guidOf, placeLibrary } from './support/load-library';
import { startLoadServer } from './support/load-server';

/**
 * Load: a library of BROADSHEET_LOAD_ARTICLES articles over
 * BROADSHEET_LOAD_FEEDS feeds — 200,000 over 2,000 by default, the issue's
 * scale (seeded with direct inserts in ~10 s, refreshed in ~7 s on a quiet
 * 2-core machine) — hosted as the app hosts it (the
 * bundled worker under CoreWorkerHost on this thread). A full refresh of
 * every feed against a local server runs while "the UI" lists, searches and
 * counts every 25 ms. Asserts: memory stays under a loose ceiling, every
 * refresh succeeds, exactly the new articles arrive, and no bookmark, note,
 * tag or read state is lost. Measures, and prints without asserting, the host
 * event-loop delay p99 (the benchmark figure is `npm run bench -- sync`).
 */
const ARTICLES = Number(process.env.BROADSHEET_LOAD_ARTICLES ?? 200_000);
const FEEDS = Number(process.env.BROADSHEET_LOAD_FEEDS ?? 2_000);
const RSS_CEILING_MB = 1_500;
const perFeed = Math.ceil(ARTICLES / FEEDS);

let server: Awaited<ReturnType<typeof startLoadServer>>;
let workerPath: string;
const data = makeTempDir('broadsheet-load-');
let summary = 'load suite: did not run';

beforeAll(async () => {
  workerPath = await buildCoreWorker();
  // Feed f carries its three newest stored items, unchanged, and two new ones.
  server = await startLoadServer((feed) =>
    Array.from({ length: ARTICLES_PER_FEED_IN_FEED }, (_, i) => guidOf(feed, perFeed - 1 - i)).filter(
      (guid) => Number(guid.split('-')[1]) * FEEDS + feed < ARTICLES,
    ),
  );
  placeLibrary(cachedLibrary({ articles: ARTICLES, feeds: FEEDS }), join(data.path, LIBRARY_FILE), server.origin);
}, 240_000);

afterAll(async () => {
  await server?.close();
  rmSync(join(workerPath, '..'), { recursive: true, force: true });
  data.cleanup();
  console.log(summary);
});

function userState(path: string) {
  const store = openStore(path);
  const db = store.db!;
  const state = {
    articles: get<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles')!.n,
    read: all<{ guid: string }>(db, 'SELECT guid FROM articles WHERE is_read = 1 ORDER BY guid').map((r) => r.guid),
    bookmarks: all<{ id: number; note: string; tags: string }>(
      db,
      'SELECT b.article_id AS id, b.note, (SELECT group_concat(tag) FROM bookmark_tags t WHERE t.article_id = b.article_id) AS tags FROM bookmarks b ORDER BY b.article_id',
    ),
  };
  db.close();
  return state;
}

describe('load', () => {
  it(
    `refreshes ${FEEDS} feeds over ${ARTICLES} articles while the UI is in use, losing nothing`,
    { timeout: 900_000 },
    async () => {
      const before = userState(join(data.path, LIBRARY_FILE));
      expect(before.articles).toBe(ARTICLES);

      let finished: ((value: SyncFinished) => void) | undefined;
      const done = new Promise<SyncFinished>((resolve) => (finished = resolve));
      let ready: () => void = () => undefined;
      const isReady = new Promise<void>((resolve) => (ready = resolve));
      const host = new CoreWorkerHost({
        workerPath,
        workerData: {
          dataDir: data.path,
          appName: 'Broadsheet',
          appVersion: 'load',
          runtime: 'preview',
          platform: process.platform,
          electronVersion: null,
          chromeVersion: null,
        },
        onEvent: <E extends EventName>(event: E, payload: EventPayload<E>) => {
          if (event === 'core.status' && (payload as EventPayload<'core.status'>).state === 'ready') ready();
          if (event === 'sync.finished') finished?.(payload as SyncFinished);
        },
      });
      const call = async <T>(method: Parameters<CoreWorkerHost['call']>[0], ...args: unknown[]): Promise<T> => {
        const envelope = await host.call(method, args);
        if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
        return envelope.value as T;
      };
      host.start();
      await isReady;

      const loop = monitorEventLoopDelay({ resolution: 1 });
      let peakRss = 0;
      const uiLatencies: number[] = [];
      const uiErrors: string[] = [];
      let running = true;
      const ui = (async () => {
        const calls: [Parameters<CoreWorkerHost['call']>[0], unknown[]][] = [
          ['articles.list', [{ scope: { kind: 'unread' }, limit: 50 }]],
          ['search.articles', [{ query: 'market' }]],
          ['articles.counts', []],
          ['articles.frontPage', [10]],
          ['articles.list', [{ scope: { kind: 'bookmarks' }, limit: 50 }]],
        ];
        for (let i = 0; running; i += 1) {
          const [method, args] = calls[i % calls.length]!;
          const start = performance.now();
          await call(method, ...args).catch((error: Error) => uiErrors.push(error.message));
          uiLatencies.push(performance.now() - start);
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      })();

      loop.enable();
      const started = performance.now();
      await call('sync.setOnline', true);
      await call('sync.configure', {
        refreshIntervalMinutes: 1440,
        proxy: '',
        offlineImages: false,
        offlineImagesDays: 14,
        imageCacheQuotaMB: 2048,
      });
      await call('sync.refresh', { kind: 'all' });
      const result = await done;
      const seconds = (performance.now() - started) / 1000;
      running = false;
      await ui;
      loop.disable();
      await host.stop();

      const after = userState(join(data.path, LIBRARY_FILE));
      uiLatencies.sort((a, b) => a - b);
      const p99 = (values: number[]) => values[Math.min(values.length - 1, Math.floor(values.length * 0.99))] ?? 0;
      const loopP99 = loop.percentile(99) / 1e6;
      summary =
        `load suite: ${ARTICLES} articles, ${FEEDS} feeds refreshed in ${seconds.toFixed(1)} s (${result.failures.length} failed), ` +
        `${uiLatencies.length} UI calls (p99 ${p99(uiLatencies).toFixed(0)} ms, ${uiErrors.length} errors), ` +
        `host_loop_delay_p99_ms ${loopP99.toFixed(1)} (max ${(loop.max / 1e6).toFixed(1)}), peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, ` +
        `${before.bookmarks.length} bookmarks and ${before.read.length} read states checked, ` +
        `${after.articles - before.articles} articles added; 0 failures unless an assertion says otherwise`;

      expect(result).toMatchObject({ cancelled: false, failures: [], done: FEEDS, newArticles: 2 * FEEDS });
      expect(uiErrors).toEqual([]);
      expect(peakRss / 2 ** 20).toBeLessThan(RSS_CEILING_MB);
      expect(after.articles).toBe(ARTICLES + 2 * FEEDS);
      // Every article read before is still there and still read (refreshed ones included).
      const readAfter = new Set(after.read);
      expect(before.read.filter((guid) => !readAfter.has(guid))).toEqual([]);
      expect(after.bookmarks).toEqual(before.bookmarks);
      expect(before.bookmarks).toHaveLength(Math.ceil(ARTICLES / bookmarkEvery));
    },
  );
});
