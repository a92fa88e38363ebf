import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import { startHostileServer, type HostileServer } from '../../support/hostile-server';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { call, createHarness, refreshAndWait, type Harness } from './support/sync-harness';

let server: FeedServer;
let hostile: HostileServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
  hostile = await startHostileServer();
  await hostile.prepareBombs();
});
afterAll(async () => {
  await server.close();
  await hostile.close();
});
afterEach(() => h?.dispose());

function addGoodFeeds(count: number, sectionId: string | null = null): string[] {
  return Array.from({ length: count }, (_, i) => {
    server.set(`/good-${i}.xml`, { body: rss(`Good ${i}`, items(5, `good${i}`)), etag: `"g${i}"` });
    return h.addFeed({ url: server.url(`/good-${i}.xml`), title: `Good ${i}`, sectionId });
  });
}

describe('refreshing many feeds', () => {
  it('refreshes 7 good feeds and reports 3 hostile ones precisely, changing nothing already stored', async () => {
    h = createHarness();
    const good = addGoodFeeds(7);
    const hostileIds = ['/reset-mid-body', '/gzip-bomb', '/endless'].map((path) =>
      h.addFeed({ url: hostile.url(path), title: path.slice(1) }),
    );
    // Something the hostile feeds already had must survive their failure.
    for (const id of hostileIds)
      upsertArticles(h.core.library.db(), id, [{ guid: 'kept', title: 'Kept story' }], h.clock.now);

    const finished = await refreshAndWait(h);
    expect(finished).toMatchObject({ done: 10, total: 10, newArticles: 35, cancelled: false });
    const byTitle = Object.fromEntries(finished.failures.map((f) => [f.title, f.message]));
    expect(Object.keys(byTitle).sort()).toEqual(['endless', 'gzip-bomb', 'reset-mid-body']);
    expect(byTitle['reset-mid-body']).toMatch(/connection|reset|closed/i);
    expect(byTitle['gzip-bomb']).toMatch(/too large|MB/i);
    expect(byTitle.endless).toMatch(/too large|MB/i);
    for (const id of good) expect(h.feed(id)).toMatchObject({ articleCount: 5, sync: { lastError: null } });
    for (const id of hostileIds) {
      const feed = h.feed(id);
      expect(feed).toMatchObject({ articleCount: 1, sync: { consecutiveFailures: 1 } });
      expect(feed.sync.lastError).toBe(byTitle[feed.title]);
    }
  });

  it('reports progress: one event per feed with growing counts, then a finished event', async () => {
    h = createHarness();
    addGoodFeeds(4);
    await refreshAndWait(h);
    const progress = h.eventsOf('sync.progress');
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.at(-1)).toMatchObject({ total: 4, newArticles: 20, failures: [] });
    expect(h.eventsOf('sync.finished')).toEqual([
      expect.objectContaining({ done: 4, total: 4, newArticles: 20, cancelled: false }),
    ]);
    expect(h.eventsOf('library.countsChanged').length).toBeGreaterThan(0);
  });

  it('refreshes only the feeds of a section when asked', async () => {
    h = createHarness();
    const section = h.section('World');
    const inSection = addGoodFeeds(2, section);
    server.set('/other.xml', { body: rss('Other', items(1, 'o')) });
    const other = h.addFeed({ url: server.url('/other.xml'), title: 'Other' });
    const finished = await refreshAndWait(h, { kind: 'section', id: section });
    expect(finished.total).toBe(2);
    expect(h.feed(inSection[0]!).articleCount).toBe(5);
    expect(h.feed(other).sync.lastAttemptAt).toBeNull();
  });

  it('lets a second request join the run in progress instead of fetching twice', async () => {
    h = createHarness();
    const [first] = addGoodFeeds(3);
    const a = h.core.sync.engine.refresh({ kind: 'feed', id: first! });
    const b = h.core.sync.engine.refresh({ kind: 'all' });
    expect(b.status.running?.runId).toBe(a.status.running?.runId);
    const finished = await b.finished;
    expect(finished).toMatchObject({ total: 3, done: 3 });
    expect(server.hits('/good-0.xml')).toBeGreaterThan(0);
    expect(h.eventsOf('sync.finished')).toHaveLength(1);
  });

  it('stops on cancel: feeds not yet fetched are left alone, nothing is recorded as an error', async () => {
    h = createHarness({ limits: { global: 1, perHost: 1 } });
    h.addFeed({ url: hostile.url('/stall-headers'), title: 'stalled' });
    const rest = addGoodFeeds(3);
    const request = h.core.sync.engine.refresh({ kind: 'all' });
    await hostile.nextRequest('/stall-headers');
    const status = await call(h, 'sync.cancel');
    expect(status.running).not.toBeNull();
    const finished = await request.finished!;
    expect(finished).toMatchObject({ cancelled: true, done: 0, failures: [] });
    for (const id of rest) expect(h.feed(id).sync).toMatchObject({ lastAttemptAt: null, lastError: null });
    expect((await call(h, 'sync.status')).running).toBeNull();
  });

  it('makes no attempt while offline, and says so in the status', async () => {
    h = createHarness();
    addGoodFeeds(2);
    const before = server.requests.length;
    await call(h, 'sync.setOnline', false);
    const status = await call(h, 'sync.refresh', { kind: 'all' });
    expect(status).toMatchObject({ online: false, running: null });
    await h.core.sync.engine.idle();
    expect(server.requests.length).toBe(before);
    expect(h.eventsOf('sync.finished')).toEqual([]);
  });

  it('cancels a run when the network goes away, without recording errors', async () => {
    h = createHarness({ limits: { global: 1, perHost: 1 } });
    const stalled = h.addFeed({ url: hostile.url('/stall-headers'), title: 'stalled' });
    addGoodFeeds(1);
    const request = h.core.sync.engine.refresh({ kind: 'all' });
    await hostile.nextRequest('/stall-headers');
    await call(h, 'sync.setOnline', false);
    expect(await request.finished).toMatchObject({ cancelled: true, failures: [] });
    expect(h.feed(stalled).sync).toMatchObject({ lastError: null, consecutiveFailures: 0 });
  });
});
