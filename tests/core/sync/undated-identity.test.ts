import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { all } from '../../../electron/core/db/sql';
import { HOUR, NOW } from '../library/support/library-fixture';
import { startFeedServer, type FeedServer } from './support/feed-server';
import { createHarness, refreshAndWait, type Harness } from './support/sync-harness';

/**
 * An item with no guid, no link and no date is known by its title (and its date, when the document gives one):
 * refreshing the feed later must find it again, not store it a second time under the time it was fetched.
 */
let server: FeedServer;
let h: Harness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => h?.dispose());

let version = 0;
function publish(path: string, items: readonly { title: string; date?: string }[]): void {
  const body = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><description>About ${item.title}</description>` +
        (item.date ? `<pubDate>${item.date}</pubDate>` : '') +
        '</item>',
    )
    .join('');
  server.set(path, {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Notices</title><link>http://127.0.0.1/</link>${body}</channel></rss>`,
    etag: `"n${++version}"`,
  });
}

describe('an item with no guid, no link and no date', () => {
  it('is the same article when the feed is refreshed hours later, with a new item beside it', async () => {
    h = createHarness();
    const id = h.addFeed({ url: server.url('/notices.xml'), title: 'Notices' });
    publish('/notices.xml', [
      { title: 'Harbour closed for repairs' },
      { title: 'Dated notice', date: 'Sat, 14 Jun 2025 08:00:00 GMT' },
    ]);
    await refreshAndWait(h, { kind: 'feed', id });

    h.clock.now = NOW + 3 * HOUR;
    publish('/notices.xml', [
      { title: 'Ferry timetable changes' },
      { title: 'Harbour closed for repairs' },
      { title: 'Dated notice', date: 'Sat, 14 Jun 2025 08:00:00 GMT' },
    ]);
    await refreshAndWait(h, { kind: 'feed', id });

    const titles = all<{ title: string; published_at: number }>(
      h.core.library.db(),
      'SELECT title, published_at FROM articles ORDER BY title',
    );
    expect(titles.map((row) => row.title)).toEqual([
      'Dated notice',
      'Ferry timetable changes',
      'Harbour closed for repairs',
    ]);
    expect(titles.find((row) => row.title === 'Harbour closed for repairs')!.published_at).toBe(NOW);
  });
});
