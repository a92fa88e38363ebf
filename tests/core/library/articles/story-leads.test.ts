import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListQuerySchema, type ListScope } from '../../../../electron/api/library-queries';
import { HOUR, NOW, createFixture, type Fixture } from '../support/library-fixture';

/**
 * A story told by several feeds shows once in the front page, a section's list and the mixed lists, at its
 * earliest source there; a feed's list and bookmarks show every article; opening it lists every source; reading
 * it marks them all. Grouping itself is tested with the grouper; here the story is set on the rows as grouping
 * leaves it (every member's story_id is the story's first article).
 */
let f: Fixture;
let world: string;
let asia: string;
let wire: string;
let paper: string;
let local: string;
let ids: Record<string, string>;

beforeEach(() => {
  f = createFixture();
  world = f.addSection('World');
  asia = f.addSection('Asia');
  wire = f.addFeed('Wire', world);
  paper = f.addFeed('Paper', world);
  local = f.addFeed('Local', asia);
  const one = (feed: string, guid: string, title: string, hoursAgo: number) =>
    f.ingest(feed, [{ guid, url: `https://example.com/${guid}`, title, publishedAt: NOW - hoursAgo * HOUR }])[0]!;
  ids = {
    wire: one(wire, 'wire', 'Visit to Pyongyang begins', 5),
    paper: one(paper, 'paper', 'President lands in Pyongyang', 3),
    local: one(local, 'local', 'Pyongyang visit: what we know', 1),
    other: one(paper, 'other', 'Harbour strike ends', 2),
  };
  const db = f.library.db();
  for (const member of ['wire', 'paper', 'local'])
    db.prepare('UPDATE articles SET story_id = ? WHERE id = ?').run(Number(ids.wire), Number(ids[member]));
});
afterEach(() => f.dispose());

const titles = async (scope: ListScope, extra: Record<string, unknown> = {}) =>
  (await f.handlers['articles.list'](ListQuerySchema.parse({ scope, ...extra }))).items.map((item) => item.title);

describe('a story in lists', () => {
  it('shows once in mixed lists, at its earliest source, with the sources counted', async () => {
    expect(await titles({ kind: 'all' })).toEqual(['Harbour strike ends', 'Visit to Pyongyang begins']);
    expect(await titles({ kind: 'unread' }, { order: 'oldest' })).toEqual([
      'Visit to Pyongyang begins',
      'Harbour strike ends',
    ]);
    const lead = (await f.handlers['articles.list'](ListQuerySchema.parse({ scope: { kind: 'all' } }))).items[1]!;
    expect(lead.story).toEqual({ id: ids.wire, sources: 3 });
    // Grouped by section, it shows in each section it has sources in, at its earliest there.
    expect(await titles({ kind: 'all' }, { groupBy: 'section' })).toEqual([
      'Harbour strike ends',
      'Visit to Pyongyang begins',
      'Pyongyang visit: what we know',
    ]);
  });

  it('shows a section its own earliest source, and the front page likewise', async () => {
    expect(await titles({ kind: 'section', sectionId: asia })).toEqual(['Pyongyang visit: what we know']);
    const front = await f.handlers['articles.frontPage'](5);
    expect(front.sections.map((section) => section.articles.map((article) => article.title))).toEqual([
      ['Harbour strike ends', 'Visit to Pyongyang begins'],
      ['Pyongyang visit: what we know'],
    ]);
  });

  it('in unread lists, falls to the earliest unread source once the lead is read', async () => {
    await f.handlers['articles.markRead']({ kind: 'articles', ids: [ids.wire!] }, true);
    expect(await titles({ kind: 'all' }, { unreadOnly: true })).toEqual([
      'Harbour strike ends',
      'President lands in Pyongyang',
    ]);
  });

  it('shows every article in a feed’s list and in bookmarks', async () => {
    expect(await titles({ kind: 'feed', feedId: paper })).toEqual([
      'Harbour strike ends',
      'President lands in Pyongyang',
    ]);
    await f.handlers['bookmarks.set'](ids.paper!, {});
    await f.handlers['bookmarks.set'](ids.wire!, {});
    expect(await titles({ kind: 'bookmarks' })).toEqual(['President lands in Pyongyang', 'Visit to Pyongyang begins']);
  });
});

describe('a story opened and read', () => {
  it('lists every source, earliest first', async () => {
    const sources = await f.handlers['articles.story'](ids.wire!);
    expect(sources.map((source) => [source.feedTitle, source.title])).toEqual([
      ['Wire', 'Visit to Pyongyang begins'],
      ['Paper', 'President lands in Pyongyang'],
      ['Local', 'Pyongyang visit: what we know'],
    ]);
    expect(await f.handlers['articles.story'](ids.other!)).toEqual([]);
  });

  it('marks every source read at once, and nothing else', async () => {
    expect(await f.handlers['articles.markRead']({ kind: 'story', storyId: ids.wire! }, true)).toEqual({ changed: 3 });
    expect((await f.handlers['articles.counts']()).unread).toBe(1);
  });
});
