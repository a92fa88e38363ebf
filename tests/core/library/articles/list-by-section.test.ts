import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListQuerySchema, type ListScope } from '../../../../electron/api/library-queries';
import { HOUR, NOW, createFixture, type Fixture } from '../support/library-fixture';

/**
 * Mixed lists grouped by section: each section's articles together, in the
 * sidebar's order of sections, articles in no section last, paged by keyset
 * across section boundaries without repeats or gaps.
 */
let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

type Page = { items: { id: string; title: string; sectionId: string | null }[]; nextCursor: string | null };
const list = (scope: ListScope, extra: Record<string, unknown> = {}) =>
  f.handlers['articles.list'](ListQuerySchema.parse({ scope, groupBy: 'section', ...extra })) as Page;

function walk(scope: ListScope, limit: number, extra: Record<string, unknown> = {}): string[] {
  const titles: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = list(scope, { limit, ...extra, ...(cursor ? { cursor } : {}) });
    titles.push(...page.items.map((a) => a.title));
    if (!page.nextCursor) return titles;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

/** Three sections (World, Korea, West Asia, in that order) and a feed in none; times interleave across them. */
function library() {
  const world = f.addSection('World');
  const korea = f.addSection('Korea');
  const westAsia = f.addSection('West Asia');
  const story = (prefix: string, hoursAgo: number[]) =>
    hoursAgo.map((h, i) => ({ guid: `${prefix}${i}`, title: `${prefix} ${i}`, publishedAt: NOW - h * HOUR }));
  f.ingest(f.addFeed('Wire', world), story('world', [1, 4, 7]));
  f.ingest(f.addFeed('Seoul', korea), story('korea', [2, 5]));
  f.ingest(f.addFeed('Gulf', westAsia), story('westasia', [3, 6, 8, 9]));
  f.ingest(f.addFeed('Loose'), story('loose', [0.5]));
  return { world, korea, westAsia };
}

describe('lists grouped by section', () => {
  it('puts each section’s articles together in the sidebar’s order, newest first within each, unsectioned last', () => {
    library();
    expect(walk({ kind: 'all' }, 50)).toEqual([
      'world 0',
      'world 1',
      'world 2',
      'korea 0',
      'korea 1',
      'westasia 0',
      'westasia 1',
      'westasia 2',
      'westasia 3',
      'loose 0',
    ]);
    expect(walk({ kind: 'all' }, 50, { order: 'oldest' })).toEqual([
      'world 2',
      'world 1',
      'world 0',
      'korea 1',
      'korea 0',
      'westasia 3',
      'westasia 2',
      'westasia 1',
      'westasia 0',
      'loose 0',
    ]);
  });

  it('pages across section boundaries with no repeats or gaps, at every page size', () => {
    library();
    const whole = walk({ kind: 'all' }, 50);
    for (const limit of [1, 2, 3, 4, 5, 9, 10]) expect(walk({ kind: 'all' }, limit)).toEqual(whole);
  });

  it('follows the sections’ new order after a reorder', () => {
    const { world, korea, westAsia } = library();
    f.handlers['sections.reorder']([westAsia, world, korea]);
    expect(walk({ kind: 'all' }, 4)).toEqual([
      'westasia 0',
      'westasia 1',
      'westasia 2',
      'westasia 3',
      'world 0',
      'world 1',
      'world 2',
      'korea 0',
      'korea 1',
      'loose 0',
    ]);
  });

  it('applies the view and the unread filter inside every section', () => {
    library();
    const [first] = list({ kind: 'all' }, { limit: 1 }).items;
    expect(first?.title).toBe('world 0');
    f.handlers['articles.markRead']({ kind: 'articles', ids: [first!.id] }, true);
    expect(walk({ kind: 'unread' }, 3)).toEqual([
      'world 1',
      'world 2',
      'korea 0',
      'korea 1',
      'westasia 0',
      'westasia 1',
      'westasia 2',
      'westasia 3',
      'loose 0',
    ]);
    expect(walk({ kind: 'all' }, 3, { unreadOnly: true })).toEqual(walk({ kind: 'unread' }, 50));
    // Today (since local midnight of NOW) keeps what is recent enough, still grouped.
    const today = walk({ kind: 'today' }, 2);
    expect(today.length).toBeGreaterThan(0);
    expect(today).toEqual(walk({ kind: 'all' }, 50).filter((title) => today.includes(title)));
  });

  it('changes nothing for a section’s or a feed’s own list', () => {
    const { westAsia } = library();
    expect(walk({ kind: 'section', sectionId: westAsia }, 2)).toEqual([
      'westasia 0',
      'westasia 1',
      'westasia 2',
      'westasia 3',
    ]);
  });

  it('asks for a fresh start when the cursor’s section is gone or the cursor is not one', () => {
    const { korea } = library();
    const first = list({ kind: 'all' }, { limit: 4 });
    expect(first.items.at(-1)?.title).toBe('korea 0');
    f.handlers['sections.delete'](korea);
    expect(() => list({ kind: 'all' }, { limit: 4, cursor: first.nextCursor })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS' }),
    );
    expect(() => list({ kind: 'all' }, { cursor: '12:34' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS' }),
    );
  });
});
