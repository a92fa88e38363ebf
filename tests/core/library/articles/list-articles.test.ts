import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListQuerySchema, type ListScope } from '../../../../electron/api/library-queries';
import { methods } from '../../../../electron/api/contract';
import { DAY, HOUR, NOW, createFixture, entries, type Fixture } from '../support/library-fixture';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

const list = (scope: ListScope, extra: Record<string, unknown> = {}) =>
  f.handlers['articles.list'](ListQuerySchema.parse({ scope, ...extra })) as {
    items: { id: string; title: string; sortTime: string }[];
    nextCursor: string | null;
  };

/** Walks every page and returns the titles. */
function walk(scope: ListScope, limit: number, order: 'newest' | 'oldest' = 'newest'): string[] {
  const titles: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = list(scope, { limit, order, ...(cursor ? { cursor } : {}) });
    titles.push(...page.items.map((a) => a.title));
    if (!page.nextCursor) return titles;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

describe('article lists', () => {
  it('page through everything newest first and oldest first with no repeats or gaps', () => {
    const feed = f.addFeed();
    f.ingest(feed, entries(23));
    const newest = walk({ kind: 'all' }, 5);
    expect(newest).toHaveLength(23);
    expect(newest[0]).toBe('a story 0');
    expect(new Set(newest).size).toBe(23);
    expect(walk({ kind: 'all' }, 5, 'oldest')).toEqual([...newest].reverse());
  });

  it('ends exactly when the last page is full, and handles an empty list', () => {
    const feed = f.addFeed();
    f.ingest(feed, entries(10));
    const first = list({ kind: 'all' }, { limit: 5 });
    const second = list({ kind: 'all' }, { limit: 5, cursor: first.nextCursor });
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(list({ kind: 'unread' }, { limit: 5, unreadOnly: true, cursor: '0:1' })).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('orders articles with equal times by id, stably across pages', () => {
    const feed = f.addFeed();
    f.ingest(
      feed,
      Array.from({ length: 7 }, (_, i) => ({ guid: `s${i}`, title: `same ${i}`, publishedAt: NOW - HOUR })),
    );
    const all = walk({ kind: 'all' }, 3);
    expect(all).toEqual(['same 6', 'same 5', 'same 4', 'same 3', 'same 2', 'same 1', 'same 0']);
  });

  it('does not repeat rows when new articles arrive between pages', () => {
    const feed = f.addFeed();
    f.ingest(feed, entries(6));
    const first = list({ kind: 'all' }, { limit: 3 });
    f.ingest(feed, [{ guid: 'fresh', title: 'fresh', publishedAt: NOW }]);
    const second = list({ kind: 'all' }, { limit: 3, cursor: first.nextCursor });
    expect(second.items.map((a) => a.title)).toEqual(['a story 3', 'a story 4', 'a story 5']);
  });

  it('filters by section, feed, category, unread, today and bookmarks', async () => {
    const asia = f.addSection('Asia');
    const seoul = f.addFeed('Seoul', asia);
    const paris = f.addFeed('Paris');
    const [s0, s1] = f.ingest(seoul, [
      { guid: '1', title: 'kimchi', publishedAt: NOW - HOUR, categories: ['Food'] },
      { guid: '2', title: 'subway', publishedAt: NOW - 2 * DAY, categories: ['Transport'] },
    ]);
    f.ingest(paris, [{ guid: '3', title: 'croissant', publishedAt: NOW - 3 * DAY, categories: ['food'] }]);
    await f.handlers['articles.markRead']({ kind: 'articles', ids: [s0!] }, true);
    await f.handlers['bookmarks.set'](s1!, { tags: ['commute'] });

    const titles = (scope: ListScope, extra = {}) => list(scope, extra).items.map((a) => a.title);
    expect(titles({ kind: 'section', sectionId: asia })).toEqual(['kimchi', 'subway']);
    expect(titles({ kind: 'feed', feedId: paris })).toEqual(['croissant']);
    expect(titles({ kind: 'category', category: 'FOOD ' })).toEqual(['kimchi', 'croissant']);
    expect(titles({ kind: 'unread' })).toEqual(['subway', 'croissant']);
    expect(titles({ kind: 'section', sectionId: asia }, { unreadOnly: true })).toEqual(['subway']);
    expect(titles({ kind: 'today' })).toEqual(['kimchi']);
    expect(titles({ kind: 'bookmarks' })).toEqual(['subway']);
    expect(titles({ kind: 'bookmarks', tag: 'commute' })).toEqual(['subway']);
    expect(titles({ kind: 'bookmarks', tag: 'nope' })).toEqual([]);
  });

  it('pages through a category by keyset too', () => {
    const feed = f.addFeed();
    f.ingest(
      feed,
      Array.from({ length: 9 }, (_, i) => ({
        guid: `${i}`,
        title: `t${i}`,
        publishedAt: NOW - i * HOUR,
        categories: ['x'],
      })),
    );
    expect(walk({ kind: 'category', category: 'x' }, 4)).toEqual([
      't0',
      't1',
      't2',
      't3',
      't4',
      't5',
      't6',
      't7',
      't8',
    ]);
  });

  it('refuses bad cursors, unknown scopes and out-of-range limits', () => {
    f.addFeed();
    expect(() => list({ kind: 'all' }, { cursor: "1' OR 1=1 --" })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS' }),
    );
    expect(() => list({ kind: 'feed', feedId: '12345' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => list({ kind: 'section', sectionId: '-1' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    const args = methods['articles.list'].args;
    expect(args.safeParse([{ scope: { kind: 'all' }, limit: 0 }]).success).toBe(false);
    expect(args.safeParse([{ scope: { kind: 'all' }, limit: 201 }]).success).toBe(false);
    expect(args.safeParse([{ scope: { kind: 'everything' } }]).success).toBe(false);
    expect(args.safeParse([{ scope: { kind: 'all' }, order: 'random' }]).success).toBe(false);
  });
});

describe('front page', () => {
  it('returns the latest N of every section in order, then feeds in no section', async () => {
    const world = f.addSection('World');
    const korea = f.addSection('Korea');
    f.ingest(f.addFeed('W', world), entries(5, 'w'));
    f.ingest(f.addFeed('K', korea), entries(2, 'k'));
    f.ingest(f.addFeed('Loose'), entries(1, 'l'));
    const page = await f.handlers['articles.frontPage'](3);
    expect(page.sections.map((s) => [s.name, s.unreadCount, s.articles.map((a) => a.title)])).toEqual([
      ['World', 5, ['w story 0', 'w story 1', 'w story 2']],
      ['Korea', 2, ['k story 0', 'k story 1']],
      ['Other feeds', 1, ['l story 0']],
    ]);
  });
});
