import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methods } from '../../../electron/api/contract';
import { createFixture, entries, type Fixture } from './support/library-fixture';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

describe('sections', () => {
  it('lists sections in the reader’s order with feed and unread counts', async () => {
    const world = f.addSection('World News');
    const korea = f.addSection('Korea');
    const feed = f.addFeed('Yonhap', korea);
    f.ingest(feed, entries(3));
    const sections = await f.handlers['sections.list']();
    expect(sections.map((s) => [s.name, s.position, s.feedCount, s.unreadCount])).toEqual([
      ['World News', 0, 0, 0],
      ['Korea', 1, 1, 3],
    ]);
    await f.handlers['sections.reorder']([korea, world]);
    expect((await f.handlers['sections.list']()).map((s) => s.name)).toEqual(['Korea', 'World News']);
  });

  it('renames, and refuses reorders that are not a permutation without changing anything', async () => {
    const a = f.addSection('A');
    const b = f.addSection('B');
    expect((await f.handlers['sections.rename'](a, 'West Asia')).name).toBe('West Asia');
    expect(() => f.handlers['sections.reorder']([a])).toThrow(/every section exactly once/);
    expect(() => f.handlers['sections.reorder']([a, a])).toThrow(/every section exactly once/);
    expect(() => f.handlers['sections.reorder']([a, b, '999'])).toThrow(/every section exactly once/);
    expect((await f.handlers['sections.list']()).map((s) => s.name)).toEqual(['West Asia', 'B']);
  });

  it('tells live views when names, order or a feed’s options change', async () => {
    const world = f.addSection('World News');
    const korea = f.addSection('Korea');
    const feed = f.addFeed('Yonhap', korea);
    const events = () => f.events.filter((e) => e.event === 'library.countsChanged').length;
    let before = events();
    await f.handlers['sections.rename'](korea, 'Korea & Japan');
    expect(events()).toBe(before + 1);
    before = events();
    await f.handlers['sections.reorder']([korea, world]);
    expect(events()).toBe(before + 1);
    before = events();
    await f.handlers['feeds.update'](feed, { options: { paused: true } });
    expect(events()).toBe(before + 1);
  });

  it('keeps feeds and their articles when a section is deleted', async () => {
    const korea = f.addSection('Korea');
    const feed = f.addFeed('Yonhap', korea);
    f.ingest(feed, entries(2));
    await f.handlers['sections.delete'](korea);
    expect(await f.handlers['sections.list']()).toEqual([]);
    const kept = await f.handlers['feeds.get'](feed);
    expect(kept.sectionId).toBeNull();
    expect(kept.articleCount).toBe(2);
    const page = await f.handlers['articles.list']({
      scope: { kind: 'feed', feedId: feed },
      order: 'newest',
      limit: 10,
      unreadOnly: false,
      groupBy: 'day',
    });
    expect(page.items.every((a) => a.sectionId === null)).toBe(true);
  });

  it('answers unknown ids with NOT_FOUND and invalid names at the contract', () => {
    expect(() => f.handlers['sections.rename']('42', 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => f.handlers['sections.delete']('not-an-id')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(methods['sections.create'].args.safeParse(['   ']).success).toBe(false);
    expect(methods['sections.create'].args.safeParse(['x'.repeat(101)]).success).toBe(false);
  });
});
