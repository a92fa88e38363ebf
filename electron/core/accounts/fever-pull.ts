/**
 * One pull from a Fever account, after the outbox was pushed: groups become sections (those holding a feed, in the
 * server's order) and feeds are applied; the complete unread and saved id lists are read (ids are cheap, so counts
 * match the reader's phone; the unread ones not stored wait as pending items, counted at once); new items are paged
 * by `since_id` from the cursor (50 a call, oldest first, one transaction per page), saved items not stored yet come
 * by `with_ids`, then a bounded number of the pending unread ones, newest first; then every stored article's read and
 * starred state is reconciled with the lists. Fever's id lists say nothing about an item's date, so the reader's
 * "last N days" window cannot choose among them before their contents are here: each pull brings
 * `PENDING_CHUNKS_PER_PULL` chunks of them. The cursor (the highest item id seen) moves with each page applied.
 */
import type { Db } from '../db/sql';
import { FEVER_ITEMS_PER_CALL, type FeverClient } from '../fever/client';
import { compareIds } from '../fever/parse';
import type { FeverFeed, FeverFeedsGroup, FeverGroup, FeverItem } from '../fever/types';
import { countPendingItems } from '../library/tables/remote-pending-items-table';
import { storedRemoteIds } from './remote/apply-items';
import { applyStructure } from './remote/apply-structure';
import { applyContentsChunk, pendingToFetch, recordUnreadOnServer } from './remote/pending-items';
import { reconcileStates } from './remote/reconcile-states';
import type { RemoteFeed, RemoteFolder, RemoteItem } from './remote/remote-model';

export interface FeverCursor {
  /** The highest item id seen (decimal string), or null before the first pull. */
  sinceId: string | null;
}

export interface FeverPullOptions {
  db: () => Db;
  accountId: string;
  client: FeverClient;
  cursor: FeverCursor;
  now: () => number;
  signal?: AbortSignal;
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface FeverPullOutcome {
  newArticles: number;
  pulledStates: number;
  cursor: FeverCursor;
  unreadToDownload: number;
}

/** `since_id` pages per pull (50 items each): bounded work; the cursor resumes where it stopped. */
export const SINCE_PAGES_PER_PULL = 100;
/** Chunks of pending unread items (50 each) fetched per pull, newest first. */
export const PENDING_CHUNKS_PER_PULL = 20;

export async function pullFever(options: FeverPullOptions): Promise<FeverPullOutcome> {
  const { client, accountId, signal } = options;
  const call = signal ? { signal } : undefined;
  const startedAt = options.now();

  const [{ groups, feedsGroups }, { feeds }] = [await client.groups(call), await client.feeds(call)];
  applyStructure(options.db(), accountId, foldersOf(groups, feedsGroups), toRemoteFeeds(feeds, feedsGroups), startedAt);

  const unread = newestFirst(await client.unreadItemIds(call));
  const saved = newestFirst(await client.savedItemIds(call));
  const stored = storedRemoteIds(options.db(), accountId);
  recordUnreadOnServer(options.db(), accountId, unread, stored, startedAt);

  let newArticles = 0;
  const asked = new Set<string>();
  const apply = (askedIds: readonly string[], items: readonly FeverItem[]) => {
    for (const id of askedIds) asked.add(id);
    const applied = applyContentsChunk(options.db(), accountId, askedIds, items.map(toRemoteItem), options.now());
    newArticles += applied.inserted;
    if (applied.insertedIds.length > 0) options.onArticles?.(applied.insertedIds);
  };
  const fetchIds = async (ids: readonly string[]) => {
    for (let start = 0; start < ids.length; start += FEVER_ITEMS_PER_CALL) {
      signal?.throwIfAborted();
      const chunk = ids.slice(start, start + FEVER_ITEMS_PER_CALL);
      apply(chunk, await client.items({ withIds: chunk }, call));
    }
  };

  // New items since the cursor; on the first pull, those after the newest unread or saved one (read elsewhere).
  let sinceId =
    options.cursor.sinceId ??
    [unread[0], saved[0]]
      .filter((id) => id !== undefined)
      .sort(compareIds)
      .at(-1) ??
    '0';
  if (options.cursor.sinceId === null) {
    // The newest unread and saved items come first, so the first articles are readable at once.
    await fetchIds(
      [...unread, ...saved]
        .filter((id, at, all) => !stored.has(id) && all.indexOf(id) === at)
        .slice(0, FEVER_ITEMS_PER_CALL),
    );
  }
  for (let page = 0; page < SINCE_PAGES_PER_PULL; page++) {
    signal?.throwIfAborted();
    const items = await client.items({ sinceId }, call);
    if (items.length === 0) break;
    apply(
      items.map((item) => item.id),
      items,
    );
    sinceId = items
      .map((item) => item.id)
      .sort(compareIds)
      .at(-1)!;
    if (items.length < FEVER_ITEMS_PER_CALL) break;
  }

  const nowStored = storedRemoteIds(options.db(), accountId);
  await fetchIds(saved.filter((id) => !nowStored.has(id) && !asked.has(id)));
  await fetchIds(
    pendingToFetch(options.db(), accountId, unread, asked, PENDING_CHUNKS_PER_PULL * FEVER_ITEMS_PER_CALL),
  );

  const states = reconcileStates(options.db(), accountId, new Set(unread), new Set(saved), options.now());
  return {
    newArticles,
    pulledStates: states.read + states.unread + states.starred + states.unstarred,
    cursor: { sinceId },
    unreadToDownload: countPendingItems(options.db(), accountId),
  };
}

function newestFirst(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => compareIds(b, a));
}

/** Groups that hold a feed, in the server's order (an empty group has nothing to show). */
function foldersOf(groups: readonly FeverGroup[], feedsGroups: readonly FeverFeedsGroup[]): RemoteFolder[] {
  const used = new Set(feedsGroups.filter((entry) => entry.feedIds.length > 0).map((entry) => entry.groupId));
  return groups.filter((group) => used.has(group.id)).map((group) => ({ remoteId: group.id, name: group.title }));
}

function toRemoteFeeds(feeds: readonly FeverFeed[], feedsGroups: readonly FeverFeedsGroup[]): RemoteFeed[] {
  return feeds.map((feed) => ({
    remoteId: feed.id,
    url: feed.url,
    title: feed.title,
    siteUrl: feed.siteUrl,
    iconUrl: null,
    folderIds: feedsGroups.filter((entry) => entry.feedIds.includes(feed.id)).map((entry) => entry.groupId),
  }));
}

function toRemoteItem(item: FeverItem): RemoteItem {
  return {
    remoteId: item.id,
    feedRemoteId: item.feedId,
    feedTitle: null,
    feedSiteUrl: null,
    url: item.url,
    title: item.title,
    author: item.author,
    publishedAt: item.createdOnTime === null ? null : item.createdOnTime * 1000,
    updatedAt: null,
    contentHtml: item.html,
    summaryHtml: null,
    categories: [],
    // Fever's mark-all compares seconds on the server's clock: no item time is sent back (mark-all goes as ids).
    serverTime: null,
    enclosures: [],
    read: item.isRead,
    starred: item.isSaved,
  };
}
