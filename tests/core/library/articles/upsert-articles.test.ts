import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import { HOUR, NOW, createFixture, type Fixture } from '../support/library-fixture';

let f: Fixture;
let feed: string;
beforeEach(() => {
  f = createFixture();
  feed = f.addFeed();
});
afterEach(() => f.dispose());

const upsert = (entries: Parameters<typeof upsertArticles>[2]) =>
  upsertArticles(f.library.db(), feed, entries, f.clock.now);

describe('article identity', () => {
  it('is the guid when there is one, even if the link changes', () => {
    const [first] = upsert([{ guid: 'g1', url: 'https://x.example/1', title: 'One' }]).ids;
    const second = upsert([{ guid: 'g1', url: 'https://x.example/moved', title: 'One, edited' }]);
    expect(second).toMatchObject({ inserted: 0, updated: 1, ids: [first] });
    expect(f.handlers['articles.get'](first!)).toMatchObject({ title: 'One, edited', url: 'https://x.example/moved' });
  });

  it('is the link without a guid, and a hash of title and date without both', () => {
    const a = upsert([{ url: 'https://x.example/a', title: 'A' }]).ids[0];
    expect(upsert([{ url: 'https://x.example/a', title: 'A again' }]).ids[0]).toBe(a);
    const b = upsert([{ title: 'Bare', publishedAt: NOW - HOUR }]).ids[0];
    expect(upsert([{ title: 'Bare', publishedAt: NOW - HOUR }])).toMatchObject({ unchanged: 1, ids: [b] });
    expect(upsert([{ title: 'Bare', publishedAt: NOW - 2 * HOUR }]).inserted).toBe(1);
  });

  it('is per feed: the same guid in two feeds is two articles', () => {
    const other = f.addFeed('Other');
    const a = upsert([{ guid: 'same', title: 'x' }]).ids[0];
    const b = upsertArticles(f.library.db(), other, [{ guid: 'same', title: 'x' }], NOW).ids[0];
    expect(a).not.toBe(b);
  });

  it('collapses duplicates inside one document, keeping the latest update', async () => {
    const result = upsert([
      { guid: 'dup', title: 'old', updatedAt: NOW - 2 * HOUR },
      { guid: 'other', title: 'other' },
      { guid: 'dup', title: 'new', updatedAt: NOW - HOUR },
      { guid: 'dup', title: 'older', updatedAt: NOW - 3 * HOUR },
    ]);
    expect(result).toMatchObject({ inserted: 2, ids: expect.any(Array) });
    expect(result.ids).toHaveLength(2);
    expect((await f.handlers['articles.get'](result.ids[0]!)).title).toBe('new');
    expect((await f.handlers['feeds.get'](feed)).articleCount).toBe(2);
  });
});

describe('article updates', () => {
  it('replace content but keep the read flag, the bookmark and the id', async () => {
    const [id] = upsert([{ guid: 'g', title: 'Draft', contentHtml: '<p>first</p>' }]).ids;
    await f.handlers['articles.markRead']({ kind: 'articles', ids: [id!] }, true);
    await f.handlers['bookmarks.set'](id!, { tags: ['later'], note: 'n' });
    const result = upsert([{ guid: 'g', title: 'Final', contentHtml: '<p>second</p>' }]);
    expect(result.updated).toBe(1);
    const article = await f.handlers['articles.get'](id!);
    expect(article).toMatchObject({
      title: 'Final',
      contentHtml: '<p>second</p>',
      text: 'second',
      isRead: true,
      isBookmarked: true,
    });
    expect(article.bookmark).toMatchObject({ tags: ['later'], note: 'n' });
  });

  it('leave unchanged entries alone', () => {
    upsert([{ guid: 'g', title: 'Same' }]);
    expect(upsert([{ guid: 'g', title: 'Same' }])).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it('are all or nothing for an unknown feed', () => {
    expect(() => upsertArticles(f.library.db(), '999', [{ guid: 'x' }], NOW)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('stored fields', () => {
  it('derive plain text, summary and word count from HTML, and clamp future dates to the fetch time', () => {
    const [id] = upsert([
      {
        guid: 'g',
        title: '  Spaced  ',
        publishedAt: NOW + 365 * 24 * HOUR,
        contentHtml: '<script>alert(1)</script><p>Hello &amp; <b>welcome</b></p><p>to&nbsp;Seoul</p>',
        categories: ['World', ' world ', 'Asia'],
      },
    ]).ids;
    expect(f.handlers['articles.get'](id!)).toMatchObject({
      title: 'Spaced',
      text: 'Hello & welcome\nto Seoul',
      wordCount: 4,
      sortTime: new Date(NOW).toISOString(),
      categories: ['World', 'Asia'],
    });
  });
});
