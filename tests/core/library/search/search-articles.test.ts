import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchQuerySchema } from '../../../../electron/api/library-queries';
import { DAY, HOUR, NOW, createFixture, type Fixture } from '../support/library-fixture';

let f: Fixture;
let world: string;
let asia: string;
let ids: string[];
beforeEach(() => {
  f = createFixture();
  world = f.addSection('World');
  asia = f.addSection('Asia');
  const wire = f.addFeed('Wire', world);
  const seoul = f.addFeed('Seoul', asia);
  ids = f.ingest(wire, [
    {
      guid: 'w1',
      title: 'Climate summit opens in São Paulo',
      text: 'Leaders met for the climate summit.',
      publishedAt: NOW - HOUR,
      author: 'Ana Souza',
    },
    {
      guid: 'w2',
      title: 'Markets rally',
      text: 'Stocks rose; analysts mentioned climate once.',
      publishedAt: NOW - 2 * HOUR,
      categories: ['Economy'],
    },
    { guid: 'w3', title: 'Économie française', text: 'La croissance économique ralentit.', publishedAt: NOW - 3 * DAY },
  ]);
  ids.push(
    ...f.ingest(seoul, [
      {
        guid: 'k1',
        title: '서울에서 대통령이 경제 정책을 발표했다',
        text: '한국 경제가 성장했다.',
        publishedAt: NOW - 3 * HOUR,
      },
      {
        guid: 'j1',
        title: '東京都で新しい政策が発表されました',
        text: '政府は経済対策を発表した。',
        publishedAt: NOW - 4 * HOUR,
      },
      { guid: 'c1', title: '北京市政府今天宣布了新的经济政策', text: '经济增长放缓。', publishedAt: NOW - 5 * HOUR },
    ]),
  );
});
afterEach(() => f.dispose());

const search = (query: string, extra: Record<string, unknown> = {}) =>
  f.handlers['search.articles'](SearchQuerySchema.parse({ query, ...extra })) as {
    hits: {
      article: { id: string; title: string };
      titleHighlights: { start: number; end: number }[];
      snippet: string;
      snippetHighlights: { start: number; end: number }[];
    }[];
    hasMore: boolean;
  };
const titles = (query: string, extra = {}) => search(query, extra).hits.map((h) => h.article.title);

describe('search', () => {
  it('ranks a title match above a passing mention in the body', () => {
    expect(titles('climate')).toEqual(['Climate summit opens in São Paulo', 'Markets rally']);
  });

  it('finds prefixes, phrases, authors and categories', () => {
    expect(titles('clim*')).toHaveLength(2);
    expect(titles('"climate summit"')).toEqual(['Climate summit opens in São Paulo']);
    expect(titles('"summit climate"')).toEqual([]);
    expect(titles('souza')).toEqual(['Climate summit opens in São Paulo']);
    expect(titles('economy')).toEqual(['Markets rally']);
  });

  it('ignores diacritics both ways', () => {
    expect(titles('sao paulo')).toEqual(['Climate summit opens in São Paulo']);
    expect(titles('economie')).toEqual(['Économie française']);
    expect(titles('ÉCONOMIQUE')).toEqual(['Économie française']);
  });

  it('finds words in Korean, Japanese and Chinese text', () => {
    expect(titles('서울')).toEqual(['서울에서 대통령이 경제 정책을 발표했다']);
    expect(titles('경제')).toEqual(['서울에서 대통령이 경제 정책을 발표했다']);
    expect(titles('東京')).toEqual(['東京都で新しい政策が発表されました']);
    expect(titles('発表')).toEqual(['東京都で新しい政策が発表されました']);
    expect(titles('北京')).toEqual(['北京市政府今天宣布了新的经济政策']);
    expect(titles('经济政策')).toEqual(['北京市政府今天宣布了新的经济政策']);
    expect(titles('政府')).toHaveLength(2);
  });

  it('returns highlight ranges into the title and the snippet', () => {
    const [hit] = search('sao').hits;
    const title = hit!.article.title;
    expect(hit!.titleHighlights.map((r) => title.slice(r.start, r.end))).toEqual(['São']);
    const [cjk] = search('東京').hits;
    expect(cjk!.titleHighlights.map((r) => cjk!.article.title.slice(r.start, r.end))).toEqual(['東京']);
    const [body] = search('leaders').hits;
    expect(body!.snippetHighlights.map((r) => body!.snippet.slice(r.start, r.end))).toEqual(['Leaders']);
  });

  it('filters by section, feed, unread, bookmarked and date range', async () => {
    expect(titles('政策', { sectionId: world })).toEqual([]);
    expect(titles('政策', { sectionId: asia })).toHaveLength(2);
    await f.handlers['articles.markRead']({ kind: 'articles', ids: [ids[0]!] }, true);
    expect(titles('climate', { unreadOnly: true })).toEqual(['Markets rally']);
    await f.handlers['bookmarks.set'](ids[0]!, {});
    expect(titles('climate', { bookmarkedOnly: true })).toEqual(['Climate summit opens in São Paulo']);
    expect(titles('economie OR croissance', {})).toEqual([]);
    expect(titles('croissance', { since: new Date(NOW - DAY).toISOString() })).toEqual([]);
    expect(titles('croissance', { until: new Date(NOW - DAY).toISOString() })).toEqual(['Économie française']);
  });

  it('orders by newest on request and pages with hasMore', () => {
    expect(titles('政府 OR', { order: 'newest' })).toEqual([]);
    const page = search('clim*', { limit: 1 });
    expect(page.hits).toHaveLength(1);
    expect(page.hasMore).toBe(true);
    expect(search('clim*', { limit: 1, offset: 1 }).hasMore).toBe(false);
  });

  it('treats FTS syntax and junk as plain words instead of failing', () => {
    for (const q of ['AND', 'title:climate', 'NEAR(climate summit)', '"', '***', 'climate" OR "x', ')(']) {
      expect(() => search(q)).not.toThrow();
    }
    expect(search('').hits).toEqual([]);
  });

  it('keeps the index in step with updates and deletions', async () => {
    f.ingest(f.addFeed('Extra'), [{ guid: 'u', title: 'Alpha', text: 'first' }]);
    expect(titles('alpha')).toEqual(['Alpha']);
    const extra = (await f.handlers['feeds.list']()).find((feed) => feed.title === 'Extra')!.id;
    f.ingest(extra, [{ guid: 'u', title: 'Beta', text: 'second' }]);
    expect(titles('alpha')).toEqual([]);
    expect(titles('beta')).toEqual(['Beta']);
    await f.handlers['feeds.remove'](extra);
    expect(titles('beta')).toEqual([]);
  });
});

describe('result count', () => {
  const total = (query: string, extra = {}) =>
    (search(query, extra) as unknown as { total: { results: unknown; matches: unknown } }).total;

  it('counts every result, not just the page shown', () => {
    expect(total('climate', { limit: 1 })).toEqual({
      results: { count: 2, more: false },
      matches: { count: 2, more: false },
    });
  });

  it('counts what the filters leave, beside what the words alone match', () => {
    expect(total('climate', { sectionId: world }).results).toEqual({ count: 2, more: false });
    expect(total('climate', { sectionId: asia })).toEqual({
      results: { count: 0, more: false },
      matches: { count: 2, more: false },
    });
    f.handlers['articles.markRead']({ kind: 'articles', ids: [ids[0]!] }, true);
    expect(total('climate', { unreadOnly: true }).results).toEqual({ count: 1, more: false });
  });

  it('is zero for a query with no words', () => {
    expect(total('  ')).toEqual({ results: { count: 0, more: false }, matches: { count: 0, more: false } });
  });
});
