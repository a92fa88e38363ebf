import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertAccount } from '../../../electron/core/library/tables/accounts-table';
import { createFixture, entries, type Fixture } from './support/library-fixture';

let f: Fixture;
beforeEach(() => (f = createFixture()));
afterEach(() => f.dispose());

function addAccount(id: string): void {
  insertAccount(f.library.db(), {
    id,
    kind: 'greader',
    service: 'freshrss',
    name: id,
    url: `https://${id}.example/api/greader.php`,
    user: 'ana',
    status: 'ok',
    options: '{}',
    position: 'last',
    createdAt: 0,
  });
}

describe('feeds', () => {
  it('adds a feed with default options and an empty sync state', async () => {
    const feed = await f.handlers['feeds.add']({ url: 'https://news.example/rss' });
    expect(feed).toMatchObject({
      url: 'https://news.example/rss',
      title: 'news.example',
      sectionId: null,
      options: { fullText: false, refreshMinutes: null, paused: false },
      articleCount: 0,
      unreadCount: 0,
      sync: { lastSuccessAt: null, lastError: null, consecutiveFailures: 0 },
    });
    expect(feed.accountId).toBe('local');
  });

  it('refuses duplicates, unsafe URLs and unknown sections', () => {
    f.handlers['feeds.add']({ url: 'https://news.example/rss' });
    expect(() => f.handlers['feeds.add']({ url: 'https://news.example/rss' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => f.handlers['feeds.add']({ url: 'file:///etc/passwd' })).toThrow(
      expect.objectContaining({ code: 'UNSAFE_URL' }),
    );
    expect(() => f.handlers['feeds.add']({ url: 'javascript:alert(1)' })).toThrow(
      expect.objectContaining({ code: 'UNSAFE_URL' }),
    );
    expect(() => f.handlers['feeds.add']({ url: 'https://b.example/', sectionId: '77' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(f.handlers['feeds.list']()).toHaveLength(1);
  });

  it('updates options partially', async () => {
    const id = f.addFeed();
    await f.handlers['feeds.update'](id, { options: { paused: true } });
    const feed = await f.handlers['feeds.update'](id, {
      title: 'Renamed',
      options: { refreshMinutes: 30, fullText: true },
    });
    expect(feed.title).toBe('Renamed');
    expect(feed.options).toEqual({ fullText: true, refreshMinutes: 30, paused: true });
  });

  it('moves a feed and its articles between sections', async () => {
    const world = f.addSection('World');
    const asia = f.addSection('Asia');
    const feed = f.addFeed('Feed', world);
    f.ingest(feed, entries(4));
    await f.handlers['feeds.move'](feed, asia);
    const page = await f.handlers['articles.list']({
      scope: { kind: 'section', sectionId: asia },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    });
    expect(page.items).toHaveLength(4);
    const old = await f.handlers['articles.list']({
      scope: { kind: 'section', sectionId: world },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    });
    expect(old.items).toHaveLength(0);
    expect((await f.handlers['sections.list']()).map((s) => s.unreadCount)).toEqual([0, 4]);
  });

  it('unsubscribing removes articles but keeps bookmarked ones, and re-subscribing restores the feed', async () => {
    const feed = f.addFeed('Feed');
    const [kept] = f.ingest(feed, entries(5));
    await f.handlers['bookmarks.set'](kept!, { note: 'keep me' });
    await f.handlers['feeds.remove'](feed);
    expect(await f.handlers['feeds.list']()).toEqual([]);
    const bookmarks = await f.handlers['articles.list']({
      scope: { kind: 'bookmarks' },
      order: 'newest',
      limit: 50,
      unreadOnly: false,
      groupBy: 'day',
    });
    expect(bookmarks.items.map((a) => a.id)).toEqual([kept]);
    expect((await f.handlers['articles.get'](kept!)).bookmark?.note).toBe('keep me');
    const back = await f.handlers['feeds.add']({ url: 'https://example.com/feed-1.xml' });
    expect(back.id).toBe(feed);
    expect(back.articleCount).toBe(1);
  });

  it('deletes a feed with no bookmarks entirely', async () => {
    const feed = f.addFeed();
    f.ingest(feed, entries(3));
    await f.handlers['feeds.remove'](feed);
    expect(() => f.handlers['feeds.get'](feed)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect((await f.handlers['articles.counts']()).unread).toBe(0);
  });

  it('follows one address once per account: a second account may, the same account may not', async () => {
    addAccount('fresh');
    const local = await f.handlers['feeds.add']({ url: 'https://news.example/rss' });
    const remote = await f.handlers['feeds.add']({ url: 'https://news.example/rss', accountId: 'fresh' });
    expect([local.accountId, remote.accountId]).toEqual(['local', 'fresh']);
    expect(remote.id).not.toBe(local.id);
    expect(() => f.handlers['feeds.add']({ url: 'https://news.example/rss', accountId: 'fresh' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'You already follow this feed.' }),
    );
    expect(() => f.handlers['feeds.add']({ url: 'https://news.example/other', accountId: 'nobody' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect((await f.handlers['feeds.list']()).map((feed) => feed.accountId)).toEqual(['local', 'fresh']);
  });

  it('keeps a feed out of another account’s sections', async () => {
    addAccount('fresh');
    const section = await f.handlers['sections.create']('Mine');
    expect(section.accountId).toBe('local');
    const remote = await f.handlers['feeds.add']({ url: 'https://news.example/rss', accountId: 'fresh' });
    expect(() =>
      f.handlers['feeds.add']({ url: 'https://other.example/rss', accountId: 'fresh', sectionId: section.id }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENTS' }));
    expect(() => f.handlers['feeds.move'](remote.id, section.id)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENTS' }),
    );
  });
});
