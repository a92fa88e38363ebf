import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '../../../electron/api/library-models';
import type { Account } from '../../../electron/api/methods/accounts';
import { moveFeedToAccount } from '../../../electron/core/accounts/move-feed-to-account';
import { all } from '../../../electron/core/db/sql';
import { upsertArticles } from '../../../electron/core/library/articles/upsert-articles';
import { accountInputFor, startGReaderFake, type GReaderFake } from '../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../support/fetch-transport';
import { openLocalSide, type LocalSide } from './conformance/local-side';

let fake: GReaderFake;
let local: LocalSide;
let online = true;
let account: Account;

const BLOG = 'https://blog.example/feed.xml';
const HOUR_SEC = 3600;

beforeEach(async () => {
  fake = await startGReaderFake({ service: 'freshrss' });
  online = true;
  local = openLocalSide(createFetchTransport(), () => fake.store.nowMs(), undefined, { isOnline: () => online });
  const world = fake.addFeed('https://feeds.example/world.xml', 'World', ['World News']);
  fake.addItems(world.streamId, 2);
  account = await local.accounts.add(accountInputFor(fake));
  await local.accounts.sync(account.id);
});
afterEach(async () => {
  await local.accounts.idle();
  local.close();
  await fake.close();
});

const db = () => local.library.db();
const publishedSec = (post: number) => Math.floor(fake.store.nowMs() / 1000) - 30 * 24 * HOUR_SEC + post * HOUR_SEC;

/**
 * The blog as the server can fetch it: posts 3 to 7 (it keeps no older ones). Here the feed polled on this
 * computer has posts 0 to 7; post 6's link carries tracking and a `www.`, post 7's link changed since.
 */
function blogOnBothSides() {
  const feed = fake.addFeed(BLOG, 'Blog');
  fake.addItems(feed.streamId, 5, (index) => ({
    url: `https://blog.example/posts/${index + 3}`,
    title: `Post ${index + 3}`,
    publishedSec: publishedSec(index + 3),
  }));
  // The server knows how to fetch it but does not follow it yet.
  fake.removeFeed(feed.streamId);
  const localFeed = local.handlers['feeds.add']({ url: BLOG, title: 'Blog' }) as { id: string };
  const links: Record<number, string> = {
    6: 'https://www.blog.example/posts/6/?utm_source=rss',
    7: 'https://blog.example/2024/post-7',
  };
  const ids = upsertArticles(
    db(),
    localFeed.id,
    Array.from({ length: 8 }, (_, post) => ({
      guid: `blog-${post}`,
      url: links[post] ?? `https://blog.example/posts/${post}`,
      title: `Post ${post}`,
      publishedAt: publishedSec(post) * 1000,
      contentHtml: `<p>Post ${post}</p>`,
    })),
    local.clock.now || fake.store.nowMs(),
  ).ids;
  return { feedId: localFeed.id, post: (n: number) => ids[n]! };
}

const worldSection = () =>
  (local.handlers['sections.list']() as { id: string; name: string; accountId: string }[]).find(
    (section) => section.accountId === account.id && section.name === 'World News',
  )!.id;

const move = (feedId: string, sectionId: string | null) =>
  moveFeedToAccount(db, local.accounts.serverSteps(account.id), { feedId, accountId: account.id, sectionId }, () =>
    fake.store.nowMs(),
  );

const feeds = () => local.handlers['feeds.list']() as { id: string; url: string; accountId: string }[];
const bookmarkOf = (articleId: string) =>
  (local.handlers['articles.get'](articleId) as { bookmark: Bookmark | null }).bookmark;
const serverItemByTitle = (title: string) => fake.store.items.find((item) => item.title === title)!;
const articleOf = (title: string) =>
  all<{ id: number; remote_id: string | null; feed_id: number }>(
    db(),
    'SELECT id, remote_id, feed_id FROM articles WHERE title = ?',
    title,
  );

describe('moving a feed polled here to a sync service account', () => {
  it('the server subscribes; read state and bookmarks come along; no copy stays behind', async () => {
    const blog = blogOnBothSides();
    local.handlers['articles.markRead']({ kind: 'articles', ids: [blog.post(3), blog.post(5), blog.post(6)] }, true);
    local.handlers['bookmarks.set'](blog.post(4), { note: 'try this', tags: ['cooking', 'weekend'] });
    local.handlers['bookmarks.set'](blog.post(5), { note: '' });
    local.handlers['bookmarks.set'](blog.post(7), { note: 'link changed' });
    local.handlers['bookmarks.set'](blog.post(1), { note: 'older than the server keeps' });
    const bookmarkedAt = bookmarkOf(blog.post(4))!.createdAt;

    const moved = await move(blog.feedId, worldSection());

    expect(moved).toMatchObject({ url: BLOG, accountId: account.id, sectionId: worldSection() });
    // One feed for the blog, in the account; on the server in the chosen folder.
    expect(feeds().filter((feed) => feed.url === BLOG)).toEqual([expect.objectContaining({ accountId: account.id })]);
    expect(fake.subscriptions().find((subscription) => subscription.url === BLOG)?.folders).toEqual(['World News']);
    // Read and starred reached the server (the move syncs once more to send them).
    const remote = (post: number) => serverItemByTitle(`Post ${post}`).longId;
    expect(new Set(fake.readIds())).toEqual(new Set([remote(3), remote(5), remote(6)]));
    expect(new Set(fake.starredIds())).toEqual(new Set([remote(4), remote(5), remote(7)]));
    expect(local.outboxSize(account.id)).toBe(0);
    // Each post once: the server's copies, plus the bookmarked one the server does not have; posts 0 and 2 went.
    const rows = local.articles(account.id).filter((row) => row.feed === BLOG);
    expect(rows.map((row) => row.title).sort()).toEqual(['Post 1', 'Post 3', 'Post 4', 'Post 5', 'Post 6', 'Post 7']);
    for (let post = 0; post < 8; post++) expect(articleOf(`Post ${post}`).length).toBeLessThanOrEqual(1);
    expect(articleOf('Post 0')).toEqual([]);
    expect(articleOf('Post 1')).toEqual([expect.objectContaining({ remote_id: null, feed_id: Number(moved.id) })]);
    // The bookmark with its note, tags and date is on the server's copy.
    const post4 = String(articleOf('Post 4')[0]!.id);
    expect(bookmarkOf(post4)).toMatchObject({
      note: 'try this',
      tags: ['cooking', 'weekend'],
      createdAt: bookmarkedAt,
    });
    expect(bookmarkOf(String(articleOf('Post 7')[0]!.id))?.note).toBe('link changed');
    expect(bookmarkOf(String(articleOf('Post 1')[0]!.id))?.note).toBe('older than the server keeps');
    expect(
      rows
        .filter((row) => row.read)
        .map((row) => row.title)
        .sort(),
    ).toEqual(['Post 3', 'Post 5', 'Post 6']);
  });

  it('a feed the server refuses: nothing changes here and the reader is told why', async () => {
    const feed = local.handlers['feeds.add']({ url: 'https://blog.example/missing.xml', title: 'Gone' }) as {
      id: string;
    };
    const [id] = upsertArticles(db(), feed.id, [{ guid: 'x', url: 'https://blog.example/x', title: 'X' }], 0).ids;
    local.handlers['bookmarks.set'](id!, { note: 'mine', tags: ['keep'] });
    local.handlers['articles.markRead']({ kind: 'articles', ids: [id!] }, true);
    await expect(move(feed.id, null)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/refused/),
    });
    expect(feeds().find((entry) => entry.id === feed.id)).toMatchObject({ accountId: 'local' });
    expect(bookmarkOf(id!)).toMatchObject({ note: 'mine', tags: ['keep'] });
    expect((local.handlers['articles.get'](id!) as { isRead: boolean }).isRead).toBe(true);
    expect(fake.subscriptions().map((subscription) => subscription.url)).not.toContain(
      'https://blog.example/missing.xml',
    );
  });

  it('offline: nothing is sent, nothing changes', async () => {
    const blog = blogOnBothSides();
    online = false;
    const before = fake.requests.length;
    await expect(move(blog.feedId, null)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/offline/i),
    });
    expect(fake.requests.length).toBe(before);
    expect(feeds().find((feed) => feed.id === blog.feedId)).toMatchObject({ accountId: 'local' });
    expect(articleOf('Post 0')).toHaveLength(1);
  });

  it('only a feed polled here moves', async () => {
    const world = feeds().find((feed) => feed.accountId === account.id)!;
    await expect(move(world.id, null)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
