import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES } from '../../../electron/core/feeds/formats/limits';
import { items, rss, startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, refreshAndWait, type Harness } from './support/sync-harness';

let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
  // About 9 MB of XML: under the 20 MB body cap, so the parser's entry bound is what is tested.
  server.set('/huge.xml', { body: rss('Huge', items(100_000, 'h')) });
  server.set('/small.xml', { body: rss('Small', items(2, 's')) });
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

describe('a 100,000-item feed', () => {
  it('ends in bounded time with the parser’s cap stored, and the other feeds still refresh', async () => {
    h = createHarness();
    const huge = h.addFeed({ url: server.url('/huge.xml'), title: 'Huge' });
    const small = h.addFeed({ url: server.url('/small.xml'), title: 'Small' });
    const started = performance.now();
    const finished = await refreshAndWait(h);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(finished).toMatchObject({ done: 2, failures: [] });
    expect(h.feed(huge).articleCount).toBe(MAX_ENTRIES);
    expect(h.feed(small).articleCount).toBe(2);
  }, 30_000);
});
