import { afterEach, describe, expect, it } from 'vitest';
import { importBookmarks } from '../../../electron/core/imports/import-bookmarks';
import { IMPORT_FEED_TITLE } from '../../../electron/core/imports/import-feed';
import { all } from '../../../electron/core/db/sql';
import { createFixture, entries, NOW, type Fixture } from '../library/support/library-fixture';
import { syncHandlers } from '../backup/support/backup-fixture';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.dispose()));

const CSV = `url,title,time_added,tags,note
https://a.example/1,First,1700000000,korea|news,remember
https://example.com/a/0,Already here,1700000001,dup,from pocket
https://a.example/1,First again,1700000002,extra,
javascript:alert(1),Bad,1,,
`;

describe('importing bookmarks', () => {
  it('adds links as bookmarks of a hidden feed, pending full text, and merges links already bookmarked', () => {
    const f = createFixture();
    fixtures.push(f);
    const h = syncHandlers(f.handlers);
    const feed = f.addFeed('News');
    const [existing] = f.ingest(feed, entries(1, 'a'));
    h['bookmarks.set'](existing!, { tags: ['mine'], note: 'my note' });

    const summary = importBookmarks(f.library.db(), CSV, NOW);
    expect(summary).toMatchObject({ format: 'csv', found: 4, added: 1, merged: 2 });
    expect(summary.skipped).toEqual([{ url: 'javascript:alert(1)', reason: expect.any(String) }]);

    const bookmarks = h['articles.list']({
      scope: { kind: 'bookmarks' },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    }).items;
    expect(bookmarks.map((a) => [a.title, a.feedTitle]).sort()).toEqual([
      ['First', IMPORT_FEED_TITLE],
      ['a story 0', 'News'],
    ]);
    const first = h['articles.get'](bookmarks.find((a) => a.title === 'First')!.id);
    expect(first.bookmark).toMatchObject({
      tags: ['extra', 'korea', 'news'],
      note: 'remember',
      createdAt: new Date(1_700_000_000_000).toISOString(),
    });
    expect(first.url).toBe('https://a.example/1');
    expect(h['articles.get'](existing!).bookmark).toMatchObject({
      tags: ['dup', 'mine'],
      note: expect.stringMatching(/^my note[\s\S]*from pocket$/),
    });
    // The import feed is not a subscription, and only the new link waits for its page.
    expect(h['feeds.list']().map((x) => x.title)).toEqual(['News']);
    expect(all(f.library.db(), 'SELECT article_id FROM pending_full_text')).toEqual([{ article_id: Number(first.id) }]);
    // Tag filter of the bookmarks view.
    expect(
      h['articles.list']({
        scope: { kind: 'bookmarks', tag: 'korea' },
        order: 'newest',
        limit: 50,
        unreadOnly: false,
        groupBy: 'day',
      }).items.map((a) => a.title),
    ).toEqual(['First']);
  });

  it('importing the same file twice adds nothing new', () => {
    const f = createFixture();
    fixtures.push(f);
    importBookmarks(f.library.db(), CSV, NOW);
    const again = importBookmarks(f.library.db(), CSV, NOW);
    expect(again).toMatchObject({ added: 0 });
    expect(syncHandlers(f.handlers)['articles.counts']().bookmarks).toBe(2);
  });
});
