import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES } from '../../../electron/core/feeds/formats/limits';
import { listArticles } from '../../../electron/core/library/articles/list-articles';
import { ListQuerySchema } from '../../../electron/api/library-queries';
import { startHostileServer, type HostileServer } from '../../support/hostile-server';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/**
 * Issue 4 item 13 at the level the reader sees: every hostile response the
 * issue names, in ONE refresh next to well-behaved feeds. Each hostile feed
 * ends with its own stored, readable error (or, for documents whose attack
 * is their content, with bounded, harmless articles), and the good feeds
 * are refreshed by the same run.
 */
const SECRET = 'broadsheet-xxe-canary-7f3a';
let server: FeedServer;
let hostile: HostileServer;
let secretDir: string;
let h: Harness;

beforeAll(async () => {
  server = await startFeedServer();
  hostile = await startHostileServer();
  await hostile.prepareBombs();
  secretDir = mkdtempSync(join(tmpdir(), 'broadsheet-xxe-'));
  writeFileSync(join(secretDir, 'secret.txt'), SECRET);
});
afterAll(async () => {
  await server.close();
  await hostile.close();
  rmSync(secretDir, { recursive: true, force: true });
});
afterEach(() => h?.dispose());

/** Feeds that must fail, with what their stored error must say. */
const failing: Record<string, RegExp> = {
  // One byte every 2 s against a 5 s whole-fetch bound: the drip can never finish.
  '/drip?every=2000': /took longer than/i,
  '/reset-mid-body': /connection|reset|closed/i,
  '/endless': /too large|MB/i,
  '/gzip-bomb': /too large|MB/i,
  '/loop': /redirect/i,
  '/redirect-to/file': /redirect/i,
  '/html': /web page|not a feed|HTML/i,
};

describe('one refresh with every hostile feed of issue 4', () => {
  it('gives each hostile feed its own error or bounded articles, and still refreshes the good feeds', async () => {
    h = createHarness({ fetcher: { totalTimeoutMs: 5_000 } });
    const good = Array.from({ length: 4 }, (_, i) => {
      server.set(`/good-${i}.xml`, { body: rss(`Good ${i}`, items(5, `good${i}`)) });
      return h.addFeed({ url: server.url(`/good-${i}.xml`), title: `Good ${i}` });
    });
    const bad = Object.fromEntries(
      Object.keys(failing).map((path) => [path, h.addFeed({ url: hostile.url(path), title: path })]),
    );
    const content = {
      utf8: h.addFeed({ url: hostile.url('/invalid-utf8'), title: 'invalid utf-8' }),
      laughs: h.addFeed({ url: hostile.url('/billion-laughs'), title: 'billion laughs' }),
      xxe: h.addFeed({
        url: hostile.url(`/external-entity?file=${encodeURIComponent(join(secretDir, 'secret.txt'))}`),
        title: 'xxe',
      }),
      many: h.addFeed({ url: hostile.url('/many-items'), title: '100,000 items' }),
    };

    const finished = await refreshAndWait(h);

    const total = good.length + Object.keys(bad).length + Object.keys(content).length;
    expect(finished).toMatchObject({ done: total, total, cancelled: false });
    for (const id of good)
      expect(h.feed(id)).toMatchObject({ articleCount: 5, sync: { lastError: null, consecutiveFailures: 0 } });

    const reported = Object.fromEntries(finished.failures.map((failure) => [failure.title, failure.message]));
    expect(Object.keys(reported).sort()).toEqual(Object.keys(failing).sort());
    for (const [path, pattern] of Object.entries(failing)) {
      const feed = h.feed(bad[path]!);
      expect(feed.sync.lastError, path).toMatch(pattern);
      expect(feed.sync.lastError, path).toBe(reported[path]);
      expect(feed).toMatchObject({ articleCount: 0, sync: { consecutiveFailures: 1 } });
    }

    // Content attacks parse into bounded, harmless articles.
    expect(h.feed(content.utf8).sync.lastError).toBeNull();
    const [laughs] = articlesOf(content.laughs);
    expect(laughs!.title.length).toBeLessThan(200);
    expect(laughs!.title).not.toContain('lollol');
    const [xxe] = articlesOf(content.xxe);
    expect(JSON.stringify(xxe)).not.toContain(SECRET);
    expect(h.feed(content.many)).toMatchObject({ articleCount: MAX_ENTRIES, sync: { lastError: null } });
  }, 60_000);
});

function articlesOf(feedId: string) {
  return listArticles(
    h.core.library.db(),
    ListQuerySchema.parse({ scope: { kind: 'feed', feedId }, limit: 10 }),
    h.clock.now,
  ).items;
}
