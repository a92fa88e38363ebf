import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncFinishedSchema } from '../../../electron/api/methods/sync';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, refreshAndWait, type Harness } from './support/sync-harness';

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => h?.dispose());

describe('new articles per section in sync.finished', () => {
  it('sums each section’s new articles, with feeds in no section under null', async () => {
    h = createHarness();
    const world = h.section('World');
    const asia = h.section('Asia');
    const add = (path: string, count: number, sectionId: string | null) => {
      server.set(path, { body: rss(path, items(count, path.slice(1, -4))) });
      h.addFeed({ url: server.url(path), title: path, sectionId });
    };
    add('/w1.xml', 2, world);
    add('/w2.xml', 3, world);
    add('/a1.xml', 4, asia);
    add('/loose.xml', 1, null);

    const finished = await refreshAndWait(h);
    const bySection = Object.fromEntries(
      finished.newBySection.map((entry) => [String(entry.sectionId), entry.newArticles]),
    );
    expect(bySection).toEqual({ [world]: 5, [asia]: 4, null: 1 });
    expect(h.eventsOf('sync.finished').at(-1)?.newBySection).toEqual(finished.newBySection);

    // A second run with nothing new reports no sections at all.
    const again = await refreshAndWait(h);
    expect(again.newBySection).toEqual([]);
  });

  it('keeps older payloads without the breakdown valid', () => {
    const parsed = SyncFinishedSchema.parse({
      runId: 1,
      done: 1,
      total: 1,
      newArticles: 0,
      failures: [],
      cancelled: false,
      durationMs: 3,
    });
    expect(parsed.newBySection).toEqual([]);
  });
});
