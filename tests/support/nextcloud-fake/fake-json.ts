/** The fake's data in the API's shapes (docs/api/api-v1-3.md; `Item::toAPI`, `Feed::toAPI` in lib/Db/). */
import type { FakeFeed, FakeFolder, FakeItem, FakeStore } from './fake-store';

export function folderJson(folder: FakeFolder) {
  return { id: folder.id, name: folder.name };
}

export function feedJson(store: FakeStore, feed: FakeFeed) {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    faviconLink: `${feed.link}/favicon.ico`,
    added: Math.floor(feed.added / 1_000_000),
    nextUpdateTime: null,
    folderId: feed.folderId,
    unreadCount: store.unreadCount(feed.id),
    ordering: 0,
    link: feed.link,
    pinned: false,
    updateErrorCount: 0,
    lastUpdateError: null,
  };
}

export function itemJson(item: FakeItem) {
  return {
    id: item.id,
    guid: item.guid,
    guidHash: `hash-${item.id}`,
    url: item.url,
    title: item.title,
    author: item.author,
    pubDate: item.pubDate,
    updatedDate: null,
    body: item.body,
    enclosureMime: null,
    enclosureLink: null,
    mediaThumbnail: null,
    mediaDescription: null,
    feedId: item.feedId,
    unread: item.unread,
    starred: item.starred,
    // Seconds: `Item::cropApiLastModified` cuts the stored microseconds' last six digits off.
    lastModified: Math.floor(item.lastModifiedUs / 1_000_000),
    rtl: false,
    fingerprint: `fp-${item.id}`,
    contentHash: null,
  };
}
