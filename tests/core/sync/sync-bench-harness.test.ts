import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FRESH_ITEMS, feedToken } from '../../../scripts/bench/sync/feed-documents';
import { startFeedServers, type ServedFeeds } from '../../../scripts/bench/sync/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/**
 * The sync benchmark's generator and server (scripts/bench/sync/) at tiny
 * scale, so `npm run bench -- sync` cannot silently measure something else:
 * the documents parse into the expected articles, they are searchable by
 * their feed's word, a second refresh is answered with 304 only, and once the
 * revised feeds are published only they come back, with their new entries.
 */
let served: ServedFeeds;
let h: Harness;
beforeAll(async () => {
  served = await startFeedServers({ feeds: 3, items: 5, hosts: 1, gzip: true });
});
afterAll(() => served.close());
afterEach(() => h?.dispose());

describe('the sync benchmark harness', () => {
  it('serves RSS and Atom feeds that refresh fully, then only 304s, then the revised feed alone', async () => {
    h = createHarness();
    const ids = served.urls.map((url, i) => h.addFeed({ url, title: `Desk ${i}` }));

    const first = await refreshAndWait(h);
    expect(first).toMatchObject({ done: 3, newArticles: 15, failures: [] });
    // (Images are not served: the offline-image pass after the refresh gets 404s, counted apart.)
    expect(served.stats()).toMatchObject({ ok: 3, notModified: 0, gzipped: 3 });
    for (const id of ids) expect(h.feed(id).articleCount).toBe(5);
    // Feed 2 is the Atom one (every third feed).
    const hits = await call(h, 'search.articles', { query: feedToken(2), limit: 10 });
    expect(hits.hits.map((hit) => hit.article.feedId)).toEqual(Array(5).fill(ids[2]));

    served.resetStats();
    const second = await refreshAndWait(h);
    expect(second).toMatchObject({ done: 3, newArticles: 0, failures: [] });
    expect(served.stats()).toMatchObject({ ok: 0, notModified: 3, gzipped: 0 });

    // At 3 feeds the last one (index 2) is the one that changes.
    expect(served.revised).toEqual([2]);
    served.publish('revised');
    served.resetStats();
    const incremental = await refreshAndWait(h);
    expect(incremental).toMatchObject({ done: 3, newArticles: FRESH_ITEMS, failures: [] });
    expect(served.stats()).toMatchObject({ ok: 1, notModified: 2 });
    expect(h.feed(ids[2]!).articleCount).toBe(5 + FRESH_ITEMS);
    expect(h.feed(ids[0]!).articleCount).toBe(5);
    served.publish('original');
  });

  it('answers If-Modified-Since alone with 304, as newsboat may send it', async () => {
    const response = await fetch(served.urls[0]!, {
      headers: { 'if-modified-since': new Date(Date.now() + 60_000).toUTCString() },
    });
    expect(response.status).toBe(304);
    const stale = await fetch(served.urls[0]!, { headers: { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain('<rss version="2.0"');
  });
});
