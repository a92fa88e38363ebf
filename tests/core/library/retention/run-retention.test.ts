import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionPolicySchema } from '../../../../electron/api/library-queries';
import { all } from '../../../../electron/core/db/sql';
import { DAY_MS, isRemovable } from '../../../../electron/core/library/retention/retention-policy';
import { removableArticleIds } from '../../../../electron/core/library/retention/run-retention';
import { DAY, NOW, createFixture, type Fixture } from '../support/library-fixture';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

/** One article a day for `days` days, newest first. */
const daily = (days: number, prefix: string) =>
  Array.from({ length: days }, (_, i) => ({
    guid: `${prefix}${i}`,
    title: `${prefix} ${i}`,
    text: 'x'.repeat(2000),
    publishedAt: NOW - i * DAY,
  }));

describe('runRetention', () => {
  it('removes old articles but never bookmarks, unread when kept, or the newest per feed', async () => {
    const busy = f.addFeed('Busy');
    const quiet = f.addFeed('Quiet');
    const ids = f.ingest(busy, daily(120, 'b'));
    f.ingest(
      quiet,
      daily(3, 'q').map((e) => ({ ...e, publishedAt: (e.publishedAt ?? 0) - 200 * DAY })),
    );
    await f.handlers['articles.markRead']({ kind: 'all' }, true);
    await f.handlers['articles.markRead']({ kind: 'articles', ids: [ids[100]!] }, false);
    await f.handlers['bookmarks.set'](ids[110]!, { note: 'keep' });

    const result = await f.handlers['library.runRetention'](
      RetentionPolicySchema.parse({ maxAgeDays: 90, keepUnread: true, keepLatestPerFeed: 2 }),
    );
    // Busy: days 91..119 are past 90 days (29); one unread and one bookmarked stay. Quiet: all old, newest 2 stay.
    expect(result.removed).toBe(27 + 1);
    const left = (await f.handlers['feeds.list']()).map((feed) => [feed.title, feed.articleCount]);
    expect(left).toEqual([
      ['Busy', 93],
      ['Quiet', 2],
    ]);
    expect((await f.handlers['articles.get'](ids[110]!)).bookmark?.note).toBe('keep');
    expect((await f.handlers['articles.get'](ids[100]!)).isRead).toBe(false);
    expect(() => f.handlers['articles.get'](ids[95]!)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(f.events.at(-1)?.event).toBe('library.countsChanged');
  });

  it('removes old unread articles when the reader does not keep unread', async () => {
    const feed = f.addFeed();
    f.ingest(feed, daily(100, 'a'));
    const result = await f.handlers['library.runRetention'](
      RetentionPolicySchema.parse({ maxAgeDays: 90, keepUnread: false, keepLatestPerFeed: 0 }),
    );
    expect(result.removed).toBe(9);
    expect((await f.handlers['articles.counts']()).unread).toBe(91);
  });

  it('agrees with the pure policy on every article', async () => {
    const a = f.addFeed('A');
    const b = f.addFeed('B');
    const idsA = f.ingest(
      a,
      daily(60, 'a').map((e, i) => ({ ...e, publishedAt: NOW - i * 3 * DAY })),
    );
    f.ingest(b, daily(40, 'b'));
    await f.handlers['articles.markRead']({ kind: 'articles', ids: idsA.filter((_, i) => i % 3 === 0) }, true);
    await f.handlers['bookmarks.set'](idsA[59]!, {});
    const policy = RetentionPolicySchema.parse({ maxAgeDays: 30, keepUnread: true, keepLatestPerFeed: 5 });
    const db = f.library.db();
    const rows = all<{ id: number; sort_time: number; is_read: number; feed_id: number; bookmarked: number }>(
      db,
      'SELECT id, sort_time, is_read, feed_id, EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS bookmarked FROM articles a ORDER BY feed_id, sort_time DESC, id DESC',
    );
    const rank = new Map<number, number>();
    const expected = rows
      .filter((row) => {
        const n = (rank.get(row.feed_id) ?? 0) + 1;
        rank.set(row.feed_id, n);
        return isRemovable(
          { sortTime: row.sort_time, rankInFeed: n, bookmarked: row.bookmarked === 1, read: row.is_read === 1 },
          policy,
          NOW,
        );
      })
      .map((row) => row.id);
    expect(removableArticleIds(db, policy, NOW).sort((x, y) => x - y)).toEqual(expected.sort((x, y) => x - y));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('gives freed space back to the file system', async () => {
    const feed = f.addFeed();
    f.ingest(feed, daily(400, 'a'));
    const pages = () => all<{ page_count: number }>(f.library.db(), 'PRAGMA page_count')[0]!.page_count;
    const before = pages();
    await f.handlers['library.runRetention'](
      RetentionPolicySchema.parse({ maxAgeDays: 1, keepUnread: false, keepLatestPerFeed: 0 }),
    );
    expect(pages()).toBeLessThan(before / 2);
    expect(all(f.library.db(), 'PRAGMA freelist_count')).toEqual([{ freelist_count: 0 }]);
    expect(DAY_MS).toBe(DAY);
  });
});
