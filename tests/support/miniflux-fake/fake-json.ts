/** The fake's objects in Miniflux's JSON shapes (miniflux.app/docs/api.html examples; internal/model). */
import type { FakeCategory, FakeEntry, FakeFeed, MinifluxFakeStore } from './fake-store';

const iso = (ms: number) => new Date(ms).toISOString();

export function userJson(store: MinifluxFakeStore, username: string) {
  return { id: store.userId, username, is_admin: false, theme: 'light_serif', language: 'en_US', timezone: 'UTC' };
}

export function categoryJson(store: MinifluxFakeStore, category: FakeCategory) {
  return { id: category.id, title: category.title, user_id: store.userId, hide_globally: false };
}

export function feedJson(store: MinifluxFakeStore, feed: FakeFeed) {
  const category = store.categories.get(feed.categoryId);
  return {
    id: feed.id,
    user_id: store.userId,
    feed_url: feed.feedUrl,
    site_url: feed.siteUrl,
    title: feed.title,
    checked_at: iso(store.nowMs()),
    parsing_error_count: 0,
    disabled: false,
    category: category ? categoryJson(store, category) : null,
  };
}

export function entryJson(store: MinifluxFakeStore, entry: FakeEntry) {
  const feed = store.feeds.get(entry.feedId);
  return {
    id: entry.id,
    user_id: store.userId,
    feed_id: entry.feedId,
    status: entry.status,
    hash: `hash-${entry.id}`,
    title: entry.title,
    url: entry.url,
    comments_url: '',
    published_at: iso(entry.publishedAtMs),
    created_at: iso(entry.publishedAtMs),
    changed_at: iso(entry.changedAtMs),
    content: entry.content,
    author: 'Fake Author',
    share_code: '',
    starred: entry.starred,
    reading_time: 1,
    enclosures: null,
    feed: feed ? feedJson(store, feed) : null,
  };
}
