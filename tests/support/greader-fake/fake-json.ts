/**
 * The fake's answers in the shapes the servers send (FreshRSS as measured; Inoreader's and Miniflux's documented
 * examples), written with each variant's user part (`user/-/…`, `user/1005921515/…`) so the client's reading of
 * both forms is exercised.
 */
import type { FakeFeed, FakeItem, FakeStore } from './fake-store';

export function stream(store: FakeStore, rest: string): string {
  return `user/${store.variant.userPart}/${rest}`;
}

export function subscriptionListJson(store: FakeStore) {
  return {
    subscriptions: store.subscribedFeeds().map((feed) => ({
      id: feed.streamId,
      title: feed.title,
      categories: feed.folders.map((name) => ({ id: stream(store, `label/${name}`), label: name })),
      url: feed.url,
      htmlUrl: feed.htmlUrl,
      iconUrl: '',
      ...(store.variant.sortIds ? { sortid: sortId(feed.key) } : {}),
    })),
  };
}

export function tagListJson(store: FakeStore) {
  return {
    tags: [
      { id: stream(store, 'state/com.google/starred') },
      ...store.visibleLabels().map((label, index) => ({
        id: stream(store, `label/${label.name}`),
        type: label.type,
        ...(store.variant.sortIds ? { sortid: sortId(1000 + index) } : {}),
      })),
    ],
  };
}

export function itemJson(store: FakeStore, item: FakeItem) {
  const categories = [stream(store, 'state/com.google/reading-list')];
  for (const folder of item.feed.folders) categories.push(stream(store, `label/${folder}`));
  if (item.read) categories.push(stream(store, 'state/com.google/read'));
  if (item.starred) categories.push(stream(store, 'state/com.google/starred'));
  for (const tag of item.tags) categories.push(stream(store, `label/${tag}`));
  return {
    id: item.longId,
    crawlTimeMsec: String(Math.floor(item.crawlUsec / 1000)),
    timestampUsec: String(item.crawlUsec),
    published: item.publishedSec,
    updated: item.publishedSec,
    title: item.title,
    canonical: [{ href: item.url }],
    alternate: [{ href: item.url, type: 'text/html' }],
    categories,
    origin: originOf(item.feed),
    summary: { content: item.html },
    ...(item.author === null ? {} : { author: item.author }),
  };
}

export function itemsResponseJson(store: FakeStore, items: readonly FakeItem[], continuation?: string | number | null) {
  return {
    id: stream(store, 'state/com.google/reading-list'),
    updated: Math.floor(Date.now() / 1000),
    items: items.map((item) => itemJson(store, item)),
    ...(continuation === null || continuation === undefined ? {} : { continuation }),
  };
}

function originOf(feed: FakeFeed) {
  return { streamId: feed.streamId, title: feed.title, htmlUrl: feed.htmlUrl };
}

function sortId(value: number): string {
  return value.toString(16).toUpperCase().padStart(8, '0');
}
