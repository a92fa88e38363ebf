/**
 * Feedbin's subscriptions and taggings in the shared remote model. A feed is known by its **feed id** (`feed_id`:
 * what entries and taggings refer to) — that is the feed row's remote id here; the subscription id that renaming
 * and unsubscribing need is looked up on the server at the time of the change (feedbin-server-structure.ts), so
 * nothing else is stored. Feedbin's folders are tags: a name on a feed, one tagging per (feed, name), no id of
 * their own, so a folder's remote id is its name. Folders come in name order (Feedbin lists tags by name); a feed
 * tagged several times appears under its newest tagging (the highest tagging id), so a feed moved here into a
 * folder — tagged last — stays there after the next sync even where it carries other tags.
 */
import type { FeedbinSubscription, FeedbinTagging } from '../feedbin/types';
import type { RemoteFeed, RemoteFolder } from './remote/remote-model';

export function feedbinFolders(taggings: readonly FeedbinTagging[]): RemoteFolder[] {
  const names = [...new Set(taggings.map((tagging) => tagging.name))];
  return names.sort((a, b) => a.localeCompare(b)).map((name) => ({ remoteId: name, name }));
}

export function feedbinFeeds(
  subscriptions: readonly FeedbinSubscription[],
  taggings: readonly FeedbinTagging[],
): RemoteFeed[] {
  const newestFirst = [...taggings].sort((a, b) => compareIds(b.id, a.id));
  return subscriptions.map((subscription) => {
    const url = subscription.feedUrl ?? subscription.siteUrl ?? `https://feedbin.com/feeds/${subscription.feedId}`;
    return {
      remoteId: subscription.feedId,
      url,
      title: subscription.title ?? url,
      siteUrl: subscription.siteUrl,
      iconUrl: null,
      folderIds: newestFirst.filter((tagging) => tagging.feedId === subscription.feedId).map((tagging) => tagging.name),
    };
  });
}

/** Feedbin's ids are decimal integers (kept as strings): the longer is the larger, then the digits decide. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
