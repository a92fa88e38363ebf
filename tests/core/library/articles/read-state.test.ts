import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListQuerySchema } from '../../../../electron/api/library-queries';
import { DAY, HOUR, NOW, createFixture, entries, type Fixture } from '../support/library-fixture';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

describe('unread counts and marking read', () => {
  it('counts unread per feed, per section, in total, today and bookmarks', async () => {
    const asia = f.addSection('Asia');
    const a = f.addFeed('A', asia);
    const b = f.addFeed('B');
    f.ingest(a, entries(3, 'a'));
    f.ingest(b, entries(2, 'b', NOW - 2 * DAY));
    const counts = await f.handlers['articles.counts']();
    expect(counts).toEqual({
      unread: 5,
      today: 3,
      bookmarks: 0,
      sections: [{ id: asia, unread: 3 }],
      feeds: [
        { id: a, unread: 3 },
        { id: b, unread: 2 },
      ],
    });
  });

  it('marks one article, a list, a feed, a section and everything, and back', async () => {
    const asia = f.addSection('Asia');
    const a = f.addFeed('A', asia);
    const b = f.addFeed('B');
    const ids = f.ingest(a, entries(4, 'a'));
    f.ingest(b, entries(3, 'b'));
    const mark = (target: Parameters<(typeof f.handlers)['articles.markRead']>[0], read = true) =>
      (f.handlers['articles.markRead'](target, read) as { changed: number }).changed;
    const unread = () => (f.handlers['articles.counts']() as { unread: number }).unread;

    expect(mark({ kind: 'articles', ids: [ids[0]!] })).toBe(1);
    expect(mark({ kind: 'articles', ids: [ids[0]!, ids[1]!] })).toBe(1);
    expect(unread()).toBe(5);
    expect(mark({ kind: 'section', sectionId: asia })).toBe(2);
    expect(mark({ kind: 'feed', feedId: b })).toBe(3);
    expect(unread()).toBe(0);
    expect(mark({ kind: 'all' }, false)).toBe(7);
    expect(unread()).toBe(7);
    expect(f.events.filter((e) => e.event === 'library.countsChanged').length).toBeGreaterThan(0);
  });

  it('marks everything in a scope at least as old as an article', async () => {
    const a = f.addFeed('A');
    const b = f.addFeed('B');
    const ids = f.ingest(a, entries(5, 'a'));
    f.ingest(b, entries(5, 'b'));
    const changed = await f.handlers['articles.markRead'](
      { kind: 'olderThan', articleId: ids[2]!, scope: { kind: 'feed', feedId: a } },
      true,
    );
    expect(changed.changed).toBe(3);
    const unreadA = await f.handlers['articles.list'](
      ListQuerySchema.parse({ scope: { kind: 'feed', feedId: a }, unreadOnly: true }),
    );
    expect(unreadA.items.map((x) => x.title)).toEqual(['a story 0', 'a story 1']);
    expect((await f.handlers['feeds.get'](b)).unreadCount).toBe(5);
  });

  it('marks below an article in either order, the article itself left unread', async () => {
    const a = f.addFeed('A');
    const b = f.addFeed('B');
    const ids = f.ingest(a, entries(5, 'a'));
    f.ingest(b, entries(5, 'b'));
    const unreadTitles = async () =>
      (
        await f.handlers['articles.list'](
          ListQuerySchema.parse({ scope: { kind: 'feed', feedId: a }, unreadOnly: true }),
        )
      ).items.map((x) => x.title);
    const scope = { kind: 'feed', feedId: a } as const;

    // Newest first, "below" story 2 is the older stories 3 and 4.
    expect(
      await f.handlers['articles.markRead']({ kind: 'below', articleId: ids[2]!, scope, order: 'newest' }, true),
    ).toEqual({ changed: 2 });
    expect(await unreadTitles()).toEqual(['a story 0', 'a story 1', 'a story 2']);
    // Oldest first, "below" story 2 is the newer stories 1 and 0.
    expect(
      await f.handlers['articles.markRead']({ kind: 'below', articleId: ids[2]!, scope, order: 'oldest' }, true),
    ).toEqual({ changed: 2 });
    expect(await unreadTitles()).toEqual(['a story 2']);
    // The other feed is outside the scope.
    expect((await f.handlers['feeds.get'](b)).unreadCount).toBe(5);
    expect(() =>
      f.handlers['articles.markRead']({ kind: 'below', articleId: '999999', scope, order: 'newest' }, true),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('works with the category scope too', async () => {
    const a = f.addFeed('A');
    const ids = f.ingest(a, [
      { guid: '1', title: 'new', publishedAt: NOW - HOUR, categories: ['x'] },
      { guid: '2', title: 'old x', publishedAt: NOW - 3 * HOUR, categories: ['x'] },
      { guid: '3', title: 'old y', publishedAt: NOW - 4 * HOUR, categories: ['y'] },
    ]);
    await f.handlers['articles.markRead'](
      { kind: 'olderThan', articleId: ids[0]!, scope: { kind: 'category', category: 'x' } },
      true,
    );
    expect((await f.handlers['articles.counts']()).unread).toBe(1);
  });

  it('changes nothing when any id is unknown', async () => {
    const a = f.addFeed('A');
    const ids = f.ingest(a, entries(2));
    expect(() => f.handlers['articles.markRead']({ kind: 'articles', ids: [ids[0]!, '999999'] }, true)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => f.handlers['articles.markRead']({ kind: 'articles', ids: ['abc'] }, true)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => f.handlers['articles.markRead']({ kind: 'feed', feedId: '999' }, true)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect((await f.handlers['articles.counts']()).unread).toBe(2);
  });
});
