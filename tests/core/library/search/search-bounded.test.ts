import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchQuerySchema } from '../../../../electron/api/library-queries';
import { COUNT_CAP } from '../../../../electron/core/library/search/count-matches';
import { RANK_ALL } from '../../../../electron/core/library/search/search-articles';
import { DAY, HOUR, NOW, createFixture, type Fixture } from '../support/library-fixture';

/**
 * Queries with more than RANK_ALL matches take the bounded paths (a newest-
 * first walk of the index). These libraries are built so that rowid order
 * and time order disagree, which is where a walk could go wrong.
 */
let f: Fixture;
beforeEach(() => {
  f = createFixture();
});
afterEach(() => f.dispose());

type Hit = { article: { id: string; title: string; sortTime: string; feedId: string } };
const search = (query: string, extra: Record<string, unknown> = {}) =>
  f.handlers['search.articles'](SearchQuerySchema.parse({ query, ...extra })) as { hits: Hit[]; hasMore: boolean };

/** `count` articles mentioning "common", one hour apart, ending at `end`. */
function commonArticles(feed: string, prefix: string, count: number, end: number): string[] {
  return f.ingest(
    feed,
    Array.from({ length: count }, (_, i) => ({
      guid: `${prefix}-${i}`,
      title: `${prefix} ${i}`,
      text: `A common word in story ${i} of ${prefix}.`,
      publishedAt: end - i * HOUR,
    })),
  );
}

describe('search over many matches', () => {
  it('orders by newest across pages even when older articles were stored last', () => {
    const recent = f.addFeed('Recent');
    const backlog = f.addFeed('Backlog');
    // Stored first but newest; then a new feed's older backlog gets the higher rowids,
    // some of it interleaved in time with the recent articles.
    commonArticles(recent, 'recent', RANK_ALL, NOW);
    commonArticles(backlog, 'backlog', RANK_ALL, NOW - 30 * HOUR);
    const all: Hit[] = [];
    for (let offset = 0; offset < 120; offset += 20) all.push(...search('common', { order: 'newest', offset }).hits);
    const times = all.map((hit) => Date.parse(hit.article.sortTime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(all.map((hit) => hit.article.id)).size).toBe(120);
    expect(all[0]!.article.title).toBe('recent 0');
    // Where the two feeds overlap in time, both appear, in time order.
    expect(all.some((hit) => hit.article.feedId === backlog)).toBe(true);
  });

  it('finds the one matching article of a filter among many common ones', async () => {
    const busy = f.addFeed('Busy');
    const quiet = f.addFeed('Quiet');
    const [rare] = f.ingest(quiet, [
      { guid: 'rare', title: 'The quiet one', text: 'A common word, long ago.', publishedAt: NOW - 300 * DAY },
    ]);
    commonArticles(busy, 'busy', RANK_ALL * 2, NOW);
    for (const order of ['relevance', 'newest']) {
      expect(search('common', { feedId: quiet, order }).hits.map((hit) => hit.article.id)).toEqual([rare]);
      expect(
        search('common', { until: new Date(NOW - 200 * DAY).toISOString(), order }).hits.map((hit) => hit.article.id),
      ).toEqual([rare]);
    }
    await f.handlers['articles.markRead']({ kind: 'all' }, true);
    await f.handlers['articles.markRead']({ kind: 'articles', ids: [rare!] }, false);
    expect(search('common', { unreadOnly: true }).hits.map((hit) => hit.article.id)).toEqual([rare]);
    expect(search('common', { unreadOnly: true, order: 'newest' }).hits.map((hit) => hit.article.id)).toEqual([rare]);
  });

  it('ranks title matches first among the newest matches and pages without repeats', () => {
    const feed = f.addFeed('Wire');
    commonArticles(feed, 'story', RANK_ALL + 50, NOW);
    f.ingest(feed, [
      { guid: 'title', title: 'Common ground', text: 'Nothing else here.', publishedAt: NOW - 2 * HOUR },
    ]);
    const first = search('common');
    expect(first.hits[0]!.article.title).toBe('Common ground');
    expect(first.hasMore).toBe(true);
    const seen = new Set<string>();
    for (let offset = 0; offset < RANK_ALL; offset += 100) {
      for (const hit of search('common', { offset, limit: 100 }).hits) seen.add(hit.article.id);
    }
    expect(seen.size).toBe(RANK_ALL);
    // The bounded ranking covers the newest RANK_ALL matches; "newest" reaches the rest.
    expect(search('common', { offset: RANK_ALL }).hits).toEqual([]);
    expect(search('common', { order: 'newest', offset: RANK_ALL, limit: 100 }).hits).toHaveLength(51);
  });

  it('returns nothing when a filter matches no article at all', () => {
    const feed = f.addFeed('Wire');
    const empty = f.addSection('Empty');
    commonArticles(feed, 'story', RANK_ALL + 1, NOW);
    expect(search('common', { sectionId: empty }).hits).toEqual([]);
    expect(search('common', { bookmarkedOnly: true, order: 'newest' }).hits).toEqual([]);
  });
});

describe('result count over many matches', () => {
  it('stops counting at the cap and says there are more', () => {
    const busy = f.addFeed('Busy');
    const quiet = f.addFeed('Quiet');
    f.ingest(quiet, [{ guid: 'rare', title: 'The quiet one', text: 'A common word.', publishedAt: NOW - DAY }]);
    commonArticles(busy, 'busy', COUNT_CAP + 5, NOW);
    const total = (extra = {}) => (search('common', extra) as unknown as { total: object }).total;
    expect(total()).toEqual({ results: { count: COUNT_CAP, more: true }, matches: { count: COUNT_CAP, more: true } });
    // With a filter, at least what passed among the matches counted, and never a made-up figure.
    const filtered = total({ feedId: busy }) as { results: { count: number; more: boolean } };
    expect(filtered.results.more).toBe(true);
    expect(filtered.results.count).toBeLessThanOrEqual(COUNT_CAP);
    expect(filtered.results.count).toBeGreaterThan(COUNT_CAP - 5);
    // The quiet feed's one article lies past the matches counted; the results found still count.
    const rare = search('common', { feedId: quiet }) as unknown as {
      hits: Hit[];
      total: { results: { count: number; more: boolean } };
    };
    expect(rare.hits).toHaveLength(1);
    expect(rare.total.results).toEqual({ count: 1, more: true });
  });

  it('counts exactly how many of the newest matches pass a filter, in either order', async () => {
    const a = f.addFeed('A');
    const b = f.addFeed('B');
    // 1,200 matches stored in turns of 50 per feed, each turn newer than the last.
    const stored: string[][] = [];
    for (let turn = 0; turn < 24; turn += 1) {
      const feed = turn % 2 === 0 ? a : b;
      const end = NOW - (24 - turn) * DAY;
      stored.push(commonArticles(feed, `turn${turn}`, 50, end));
    }
    const total = (extra = {}) =>
      (search('common', extra) as unknown as { total: { results: { count: number; more: boolean } } }).total.results;
    // The newest COUNT_CAP matches leave out the first four turns: 500 from each feed.
    expect(COUNT_CAP).toBe(1000);
    for (const order of ['relevance', 'newest']) {
      expect(total({ feedId: a, order })).toEqual({ count: 500, more: true });
      expect(total({ feedId: b, order })).toEqual({ count: 500, more: true });
    }
    // Only the last turn unread: exactly its 50, though the walk stops as soon as nothing older can be unread.
    await f.handlers['articles.markRead']({ kind: 'all' }, true);
    await f.handlers['articles.markRead']({ kind: 'articles', ids: stored[23]! }, false);
    for (const order of ['relevance', 'newest']) {
      expect(total({ unreadOnly: true, order })).toEqual({ count: 50, more: true });
      expect(total({ unreadOnly: true, feedId: a, order })).toEqual({ count: 0, more: true });
    }
  });
});
