/**
 * One pull from a Miniflux account, after the outbox was pushed. Categories become sections (every one: Miniflux
 * has empty categories, and every feed is in exactly one) and feeds are applied. When the cursor says where the last
 * pull ended, `after_entry_id` brings what arrived since (every entry is stored, read ones too, whatever its
 * date) and `changed_after` what changed since (a read or a star elsewhere moves `changed_at`); nothing new, nothing
 * changed and no older unread ones waiting ends the pull there — the usual case, two small requests. Otherwise every
 * unread entry and every starred one is listed (pages of at most 1,000 by `after_entry_id`, oldest id first, each
 * stored in its own transaction as it comes): Miniflux has no list of ids alone, so the listing both counts them
 * (as the reader's phone does) and carries the bodies. Stored at once: the unread of the reader's last N days and
 * the starred ones. Older unread ones wait as pending items, counted from the first pull; the newest
 * `OLDER_PER_PULL` of them are kept from the listing and stored each pull. Then every stored article's read and
 * starred state is reconciled with the two lists. The cursor: the highest entry id and the latest `changed_at` seen.
 */
import type { Db } from '../db/sql';
import type { MinifluxClient } from '../miniflux/client';
import type { MinifluxEntry, MinifluxFeed } from '../miniflux/types';
import { countPendingItems } from '../library/tables/remote-pending-items-table';
import { storedRemoteIds } from './remote/apply-items';
import { applyStructure } from './remote/apply-structure';
import { applyContentsChunk, pendingToFetch, recordUnreadOnServer } from './remote/pending-items';
import { reconcileStates } from './remote/reconcile-states';
import type { RemoteFeed, RemoteItem } from './remote/remote-model';
import { largerId, type MinifluxCursor } from './miniflux-cursor';

export interface MinifluxPullOptions {
  db: () => Db;
  accountId: string;
  client: MinifluxClient;
  cursor: MinifluxCursor;
  now: () => number;
  /** The reader's "download unread articles from the last N days" (null: all). */
  bodyDays: number | null;
  signal?: AbortSignal;
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface MinifluxPullOutcome {
  newArticles: number;
  pulledStates: number;
  cursor: Pick<MinifluxCursor, 'lastEntryId' | 'changedAtMs'>;
  unreadToDownload: number;
}

/** Older unread entries (beyond the reader's window) stored per pull, newest first. */
export const OLDER_PER_PULL = 1000;
const DAY_MS = 86_400_000;

export async function pullMiniflux(options: MinifluxPullOptions): Promise<MinifluxPullOutcome> {
  const { client, accountId, signal } = options;
  const db = () => options.db();
  const call = signal ? { signal } : undefined;
  const startedAt = options.now();

  const [categories, feeds] = [await client.categories(call), await client.feeds(call)];
  const folders = categories.map((category) => ({ remoteId: category.id, name: category.title }));
  applyStructure(db(), accountId, folders, feeds.map(toRemoteFeed), startedAt);

  const seen = { lastEntryId: options.cursor.lastEntryId, changedAtMs: options.cursor.changedAtMs };
  const track = (entries: readonly MinifluxEntry[]) => {
    for (const entry of entries) {
      seen.lastEntryId = largerId(seen.lastEntryId, entry.id);
      if (entry.changedAtMs !== null) seen.changedAtMs = Math.max(seen.changedAtMs ?? 0, entry.changedAtMs);
    }
  };

  let newArticles = 0;
  const asked = new Set<string>();
  const store = (entries: readonly MinifluxEntry[]) => {
    if (entries.length === 0) return;
    const ids = entries.map((entry) => entry.id);
    for (const id of ids) asked.add(id);
    const applied = applyContentsChunk(db(), accountId, ids, entries.map(toRemoteItem), options.now());
    newArticles += applied.inserted;
    if (applied.insertedIds.length > 0) options.onArticles?.(applied.insertedIds);
  };

  const since = options.cursor;
  if (since.lastEntryId !== null && since.changedAtMs !== null) {
    let changed = 0;
    // Arrived since the last pull, whatever their date, stored in their state: read ones too (read on another device
    // before this pull), as every other service's delta brings them, so both sides list the same articles.
    for await (const page of client.entryPages({ afterEntryId: since.lastEntryId }, call)) {
      track(page.entries);
      changed += page.entries.length;
      store(page.entries.filter((entry) => !asked.has(entry.id)));
    }
    for await (const page of client.entryPages({ changedAfter: new Date(since.changedAtMs) }, call)) {
      // `changed_after` is whole seconds: what the cursor saw already comes again and is not a change.
      changed += page.entries.filter((entry) => (entry.changedAtMs ?? 0) > since.changedAtMs!).length;
      track(page.entries);
    }
    if (changed === 0 && countPendingItems(db(), accountId) === 0)
      return { newArticles: 0, pulledStates: 0, cursor: seen, unreadToDownload: 0 };
  }

  const stored = storedRemoteIds(db(), accountId);
  const windowStart = options.bodyDays === null ? -Infinity : startedAt - options.bodyDays * DAY_MS;
  const storeNow = (entry: MinifluxEntry) => entry.starred || (entry.publishedAtMs ?? Infinity) >= windowStart;

  // Every unread entry, oldest id first; the newest older ones not stored are kept (a bounded window) for below.
  const unread: string[] = [];
  const older = new Map<string, MinifluxEntry>();
  for await (const page of client.entryPages({ status: 'unread' }, call)) {
    track(page.entries);
    const now: MinifluxEntry[] = [];
    for (const entry of page.entries) {
      unread.push(entry.id);
      if (stored.has(entry.id)) continue;
      if (storeNow(entry)) now.push(entry);
      else {
        older.set(entry.id, entry);
        if (older.size > OLDER_PER_PULL) older.delete(older.keys().next().value!);
      }
    }
    store(now);
  }

  const starred: string[] = [];
  for await (const page of client.entryPages({ starred: true }, call)) {
    track(page.entries);
    for (const entry of page.entries) starred.push(entry.id);
    store(page.entries.filter((entry) => !stored.has(entry.id) && !asked.has(entry.id)));
  }

  const newestFirst = unread.reverse();
  recordUnreadOnServer(db(), accountId, newestFirst, storedRemoteIds(db(), accountId), startedAt);
  const picked = pendingToFetch(db(), accountId, newestFirst, asked, OLDER_PER_PULL);
  store(picked.flatMap((id) => older.get(id) ?? []));

  const states = reconcileStates(db(), accountId, new Set(unread), new Set(starred), options.now());
  return {
    newArticles,
    pulledStates: states.read + states.unread + states.starred + states.unstarred,
    cursor: seen,
    unreadToDownload: countPendingItems(db(), accountId),
  };
}

function toRemoteFeed(feed: MinifluxFeed): RemoteFeed {
  return {
    remoteId: feed.id,
    url: feed.feedUrl ?? feed.siteUrl ?? `miniflux:feed/${feed.id}`,
    title: feed.title ?? feed.feedUrl ?? 'Untitled feed',
    siteUrl: feed.siteUrl,
    iconUrl: null,
    folderIds: feed.categoryId === null ? [] : [feed.categoryId],
  };
}

function toRemoteItem(entry: MinifluxEntry): RemoteItem {
  return {
    remoteId: entry.id,
    feedRemoteId: entry.feedId ?? '',
    feedTitle: null,
    feedSiteUrl: null,
    url: entry.url,
    title: entry.title,
    author: entry.author,
    publishedAt: entry.publishedAtMs,
    updatedAt: null,
    contentHtml: entry.content,
    summaryHtml: null,
    categories: [],
    // Miniflux's mark-all takes no time: no item time is sent back (mark-all goes as ids).
    serverTime: null,
    enclosures: [],
    read: entry.status === 'read',
    starred: entry.starred,
  };
}
