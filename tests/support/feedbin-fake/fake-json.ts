/** Records in Feedbin's JSON shapes (content/subscriptions.md, taggings.md, entries.md). */
import {
  isoMicros,
  type FakeEntry,
  type FakeSubscription,
  type FakeTagging,
  type FeedbinFakeStore,
} from './fake-store';

export function subscriptionJson(store: FeedbinFakeStore, subscription: FakeSubscription): Record<string, unknown> {
  const feed = store.feeds.get(subscription.feedId);
  return {
    id: subscription.id,
    created_at: isoMicros(subscription.createdAtUs),
    feed_id: subscription.feedId,
    title: subscription.title ?? feed?.title ?? null,
    feed_url: feed?.feedUrl ?? null,
    site_url: feed?.siteUrl ?? null,
  };
}

export function taggingJson(tagging: FakeTagging): Record<string, unknown> {
  return { id: tagging.id, feed_id: tagging.feedId, name: tagging.name };
}

export function entryJson(entry: FakeEntry): Record<string, unknown> {
  return {
    id: entry.id,
    feed_id: entry.feedId,
    title: entry.title,
    url: entry.url,
    author: entry.author,
    content: entry.content,
    summary: entry.summary,
    published: isoMicros(entry.publishedUs),
    created_at: isoMicros(entry.createdAtUs),
  };
}

export function taggingsJson(store: FeedbinFakeStore): Record<string, unknown>[] {
  return [...store.taggings.values()].map(taggingJson);
}
