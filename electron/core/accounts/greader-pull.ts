/**
 * One pull from a Google Reader API account, after the outbox was pushed:
 * folders and subscriptions; the complete sets of starred and unread ids
 * (ids are cheap, so counts match the reader's phone); the bodies of the
 * items not stored yet — starred ones, unread ones of the last `bodyDays`
 * days, and everything received since the last pull — newest first, in
 * chunks applied one transaction each, so the first articles are readable
 * within seconds; then every stored article's read and starred state
 * reconciled with the sets, and bookmark tags with the items' labels where
 * the service keeps them (greader-labels.ts); then a bounded number of the
 * older unread items (ids alone say nothing about an item, so they wait as
 * pending items, counted unread at once: remote/pending-items.ts). The cursor
 * moves only when all of it was applied: a server that goes away mid-pull is
 * asked again next time.
 */
import type { Db } from '../db/sql';
import type { GReaderClient } from '../greader/client';
import { labelName, READ, READING_LIST, STARRED } from '../greader/streams';
import type { GReaderItem, GReaderItemIdsQuery, GReaderSubscription, GReaderTag } from '../greader/types';
import { countPendingItems } from '../library/tables/remote-pending-items-table';
import { storedRemoteIds } from './remote/apply-items';
import { applyStructure } from './remote/apply-structure';
import { applyContentsChunk, pendingToFetch, recordUnreadOnServer } from './remote/pending-items';
import { itemLabelsOf } from './greader-labels';
import { reconcileLabels } from './remote/reconcile-labels';
import { reconcileStates } from './remote/reconcile-states';
import type { RemoteFeed, RemoteFolder, RemoteItem } from './remote/remote-model';

export interface GReaderCursor {
  /** Epoch ms of the last complete pull's start (the server's `ot=` is in seconds). */
  since: number | null;
}

export interface PullOptions {
  db: () => Db;
  accountId: string;
  client: GReaderClient;
  cursor: GReaderCursor;
  now: () => number;
  /**
   * Bodies of unread items of the last this many days come at once (null: all); older unread items are counted
   * at once and their bodies come `OLDER_CHUNKS_PER_PULL` chunks per pull.
   */
  bodyDays: number | null;
  signal?: AbortSignal;
  /** Each applied chunk's new article ids, as soon as they are readable. */
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface PullOutcome {
  newArticles: number;
  /** Stored articles whose read or starred state changed to the server's. */
  pulledStates: number;
  cursor: GReaderCursor;
  /** Unread on the server, counted here, contents still to come (the older ones, a few chunks per pull). */
  unreadToDownload: number;
}

/** Items received this long before the last pull started are asked for again (clock skew, slow crawls). */
export const CURSOR_OVERLAP_MS = 60 * 60_000;
const IDS_PER_PAGE = 10_000;
const DAY_MS = 86_400_000;
/** Chunks of older unread items fetched per pull: bounded work, so no first sync "never ends". */
export const OLDER_CHUNKS_PER_PULL = 4;

export async function pullGReader(options: PullOptions): Promise<PullOutcome> {
  const { client, accountId, signal } = options;
  const startedAt = options.now();
  const call = signal ? { signal } : undefined;

  const [tags, subscriptions] = [await client.tags(call), await client.subscriptions(call)];
  const folders = foldersOf(tags, subscriptions);
  applyStructure(options.db(), accountId, folders, subscriptions.map(toRemoteFeed), startedAt);
  const folderNames = new Set(folders.map((folder) => folder.name));

  const starred = await allIds(client, { stream: STARRED, count: IDS_PER_PAGE }, signal);
  const unread = await allIds(client, { stream: READING_LIST, exclude: READ, count: IDS_PER_PAGE }, signal);
  const recentUnread =
    options.bodyDays === null
      ? unread
      : await allIds(
          client,
          {
            stream: READING_LIST,
            exclude: READ,
            since: new Date(startedAt - options.bodyDays * DAY_MS),
            count: IDS_PER_PAGE,
          },
          signal,
        );
  const received =
    options.cursor.since === null
      ? []
      : await allIds(
          client,
          { stream: READING_LIST, since: new Date(options.cursor.since - CURSOR_OVERLAP_MS), count: IDS_PER_PAGE },
          signal,
        );

  // Newest first: the server lists ids newest first, and the reader wants today's news before last month's stars.
  const stored = storedRemoteIds(options.db(), accountId);
  recordUnreadOnServer(options.db(), accountId, unread, stored, startedAt);
  const wanted: string[] = [];
  const seen = new Set<string>();
  for (const id of [...received, ...recentUnread, ...starred]) {
    if (seen.has(id) || stored.has(id)) continue;
    seen.add(id);
    wanted.push(id);
  }

  let newArticles = 0;
  const chunk = client.service.limits.contentsPerRequest;
  const fetchBodies = async (ids: readonly string[]) => {
    for (let start = 0; start < ids.length; start += chunk) {
      signal?.throwIfAborted();
      const asked = ids.slice(start, start + chunk);
      const items = await client.itemContents(asked, call);
      const applied = applyContentsChunk(options.db(), accountId, asked, items.flatMap(toRemoteItem), options.now());
      newArticles += applied.inserted;
      if (applied.insertedIds.length > 0) options.onArticles?.(applied.insertedIds);
    }
  };
  await fetchBodies(wanted);

  const states = reconcileStates(options.db(), accountId, new Set(unread), new Set(starred), options.now());
  // Bookmarks exist now for every starred item: their tags follow the items' labels.
  const labels = await itemLabelsOf(client, tags, folderNames, signal);
  const tagged = labels === null ? 0 : reconcileLabels(options.db(), accountId, labels);
  await fetchBodies(pendingToFetch(options.db(), accountId, unread, seen, OLDER_CHUNKS_PER_PULL * chunk));
  return {
    newArticles,
    pulledStates: states.read + states.unread + states.starred + states.unstarred + tagged,
    cursor: { since: startedAt },
    unreadToDownload: countPendingItems(options.db(), accountId),
  };
}

async function allIds(client: GReaderClient, query: GReaderItemIdsQuery, signal?: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of client.itemIdPages(query, signal ? { signal } : undefined)) ids.push(...page.ids);
  return ids;
}

/**
 * Folders are the labels feeds are in, in the order the tag list gives them (the server's order); a label only
 * items carry is a tag, not a section.
 */
function foldersOf(tags: readonly GReaderTag[], subscriptions: readonly GReaderSubscription[]): RemoteFolder[] {
  const used = new Set(subscriptions.flatMap((subscription) => subscription.labels.map((label) => label.id)));
  const usedNames = new Set(subscriptions.flatMap((subscription) => subscription.labels.map((label) => label.name)));
  const folders: RemoteFolder[] = [];
  const named = new Set<string>();
  for (const tag of tags) {
    const name = labelName(tag.id) ?? tag.name;
    if (tag.type === 'tag' || !(used.has(tag.id) || usedNames.has(name)) || named.has(name)) continue;
    named.add(name);
    folders.push({ remoteId: canonicalLabel(name), name });
  }
  // A label a feed is in that the tag list left out still becomes a section, after the listed ones.
  for (const subscription of subscriptions)
    for (const label of subscription.labels)
      if (!named.has(label.name)) {
        named.add(label.name);
        folders.push({ remoteId: canonicalLabel(label.name), name: label.name });
      }
  return folders;
}

/** Servers write a label's user part as `-` or as a number; the section keys on the name, which is what edits use. */
function canonicalLabel(name: string): string {
  return `user/-/label/${name}`;
}

function toRemoteFeed(subscription: GReaderSubscription): RemoteFeed {
  return {
    remoteId: subscription.id,
    url: subscription.url ?? subscription.id,
    title: subscription.title ?? subscription.url ?? subscription.id,
    siteUrl: subscription.htmlUrl,
    iconUrl: subscription.iconUrl,
    folderIds: subscription.labels.map((label) => canonicalLabel(label.name)),
  };
}

function toRemoteItem(item: GReaderItem): RemoteItem[] {
  if (item.feedId === null) return [];
  return [
    {
      remoteId: item.id,
      feedRemoteId: item.feedId,
      feedTitle: item.feedTitle,
      feedSiteUrl: item.feedHtmlUrl,
      url: item.url,
      title: item.title,
      author: item.author,
      publishedAt: item.publishedAt ?? item.crawledAt,
      updatedAt: item.updatedAt,
      contentHtml: item.contentHtml,
      summaryHtml: item.summaryHtml,
      categories: feedCategories(item),
      serverTime: serverTimeOf(item),
      enclosures: item.enclosures,
      read: item.read,
      starred: item.starred,
    },
  ];
}

/**
 * What the feed itself said the item is about: the categories that are not stream ids (FreshRSS writes an entry's
 * own tags as plain strings). Labels (`user/…/label/…`) are the reader's: folders, and on a starred item its bookmark
 * tags (remote/reconcile-labels.ts), never its categories.
 */
function feedCategories(item: GReaderItem): string[] {
  return item.categories.filter((category) => !/^user\/[^/]+\/(label|state)\//.test(category));
}

/** `timestampUsec` as a number when it is one exactly (microseconds stay below 2^53 until the year 2255). */
function serverTimeOf(item: GReaderItem): number | null {
  if (item.timestampUsec === null) return null;
  const value = Number(item.timestampUsec);
  return Number.isSafeInteger(value) ? value : null;
}
