import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methods } from '../../../electron/api/contract';
import { LIMITS, type ArticleSummary } from '../../../electron/api/library-models';
import { ListQuerySchema, type ListQuery } from '../../../electron/api/library-queries';
import { NOTE_GLANCE_CHARS } from '../../../electron/api/bookmark-glance';
import { setBookmark } from '../../../electron/core/library/bookmarks';
import { NOW, createFixture, entries, type Fixture } from './support/library-fixture';

let f: Fixture;
let ids: string[];
beforeEach(() => {
  f = createFixture();
  ids = f.ingest(f.addFeed(), entries(3));
});
afterEach(() => f.dispose());

describe('bookmarks', () => {
  it('adds with tags and a note, changes only what is given, and removes', async () => {
    const created = await f.handlers['bookmarks.set'](ids[0]!, {
      tags: ['korea', ' economy ', 'korea'],
      note: 'read on the plane',
    });
    expect(created).toMatchObject({
      articleId: ids[0],
      tags: ['economy', 'korea'],
      note: 'read on the plane',
      createdAt: new Date(NOW).toISOString(),
    });
    const noteOnly = await f.handlers['bookmarks.set'](ids[0]!, { note: 'done' });
    expect(noteOnly).toMatchObject({ tags: ['economy', 'korea'], note: 'done' });
    expect((await f.handlers['articles.counts']()).bookmarks).toBe(1);
    await f.handlers['bookmarks.remove'](ids[0]!);
    expect((await f.handlers['articles.get'](ids[0]!)).bookmark).toBeNull();
    expect(await f.handlers['bookmarks.tags']()).toEqual([]);
  });

  it('lists tags with counts and filters by tag', async () => {
    await f.handlers['bookmarks.set'](ids[0]!, { tags: ['a', 'b'] });
    await f.handlers['bookmarks.set'](ids[1]!, { tags: ['b'] });
    expect(await f.handlers['bookmarks.tags']()).toEqual([
      { tag: 'a', count: 1 },
      { tag: 'b', count: 2 },
    ]);
  });

  it('the bookmarks list carries each row’s tags and the first line of its note, shortened', async () => {
    await f.handlers['bookmarks.set'](ids[0]!, {
      tags: ['seoul', 'economy'],
      note: '\n  Read on the plane \nthen the rest',
    });
    await f.handlers['bookmarks.set'](ids[1]!, { note: 'ㅎ'.repeat(500) });
    const list = async (scope: ListQuery['scope']) =>
      ((await f.handlers['articles.list'](ListQuerySchema.parse({ scope }))) as { items: ArticleSummary[] }).items;
    const glances = new Map((await list({ kind: 'bookmarks' })).map((item) => [item.id, item.bookmarkGlance]));
    expect(glances.get(ids[0]!)).toEqual({ tags: ['economy', 'seoul'], note: 'Read on the plane' });
    const long = glances.get(ids[1]!)!;
    expect(long.tags).toEqual([]);
    expect([...long.note]).toHaveLength(NOTE_GLANCE_CHARS);
    expect(long.note.endsWith('…')).toBe(true);
    expect((await list({ kind: 'bookmarks', tag: 'seoul' })).map((item) => item.bookmarkGlance?.tags)).toEqual([
      ['economy', 'seoul'],
    ]);
    // Other lists stay as they were: the bookmark icon, no tags or note.
    for (const item of await list({ kind: 'all' })) expect(item).not.toHaveProperty('bookmarkGlance');
  });

  it('refuses unknown articles and oversized input, changing nothing', async () => {
    await f.handlers['bookmarks.set'](ids[0]!, { tags: ['keep'], note: 'keep' });
    expect(() => f.handlers['bookmarks.set']('424242', {})).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => f.handlers['bookmarks.remove'](ids[1]!)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    const db = f.library.db();
    const tooMany = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`);
    expect(() => setBookmark(db, ids[0]!, { tags: tooMany }, NOW)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS' }),
    );
    expect(() => setBookmark(db, ids[0]!, { tags: ['x'.repeat(LIMITS.tag + 1)] }, NOW)).toThrow(/at most 64/);
    expect(() => setBookmark(db, ids[0]!, { note: 'x'.repeat(LIMITS.note + 1) }, NOW)).toThrow(/at most 10000/);
    expect(await f.handlers['articles.get'](ids[0]!)).toMatchObject({ bookmark: { tags: ['keep'], note: 'keep' } });
    // The contract refuses the same input before it reaches the core.
    const args = methods['bookmarks.set'].args;
    expect(args.safeParse([ids[0], { tags: tooMany }]).success).toBe(false);
    expect(args.safeParse([ids[0], { note: 'x'.repeat(LIMITS.note + 1) }]).success).toBe(false);
    expect(args.safeParse([ids[0], { tags: [''] }]).success).toBe(false);
  });

  it('cannot be lost by deleting the article underneath it', () => {
    f.handlers['bookmarks.set'](ids[0]!, {});
    expect(() => f.library.db().prepare('DELETE FROM articles WHERE id = ?').run(Number(ids[0]))).toThrow(
      /FOREIGN KEY/,
    );
  });
});
