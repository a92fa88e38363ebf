/**
 * One pull from a Feedbin account, after the outbox was pushed: subscriptions and taggings become feeds and
 * sections (feedbin-structure.ts); the complete unread and starred entry id lists are read (ids are cheap, so counts
 * match the reader's phone; unread ones not stored wait as pending items, counted at once); then entries:
 * - the first sync asks `read=false` entries received in the reader's download window ("the last N days"), a page
 *   of 100 at a time through the `Link` header, and keeps the newest entry's `created_at` on the server as its mark;
 * - every later sync asks every entry received `since` the mark (read ones too: the reader may not have seen them);
 * then starred entries not stored yet and a bounded number of the older pending unread ones come by id (100 per
 * call), newest first; then every stored article's read and starred state is reconciled with the lists. Each page
 * or chunk is one transaction. The cursor (feedbin-cursor.ts) is returned only when all of it was applied: a server
 * that goes away mid-pull is asked the same again next time.
 */
import type { Db } from '../db/sql';
import type { FeedbinClient } from '../feedbin/client';
import { ENTRIES_PER_CALL } from '../feedbin/client-reads';
import type { FeedbinEntriesQuery, FeedbinEntry } from '../feedbin/types';
import { countPendingItems } from '../library/tables/remote-pending-items-table';
import { laterTime, sinceDaysAgo, type FeedbinCursor } from './feedbin-cursor';
import { compareIds, feedbinFeeds, feedbinFolders } from './feedbin-structure';
import { storedRemoteIds } from './remote/apply-items';
import { applyStructure } from './remote/apply-structure';
import { applyContentsChunk, pendingToFetch, recordUnreadOnServer } from './remote/pending-items';
import { reconcileStates } from './remote/reconcile-states';
import type { RemoteItem } from './remote/remote-model';

export interface FeedbinPullOptions {
  db: () => Db;
  accountId: string;
  client: FeedbinClient;
  cursor: FeedbinCursor;
  now: () => number;
  /** Unread entries received in the last this many days come at the first sync (null: all). */
  bodyDays: number | null;
  signal?: AbortSignal;
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface FeedbinPullOutcome {
  newArticles: number;
  pulledStates: number;
  cursor: FeedbinCursor;
  unreadToDownload: number;
}

/** Chunks of older pending unread entries (100 each) fetched per pull: bounded work, so no sync "never ends". */
export const PENDING_CHUNKS_PER_PULL = 10;

export async function pullFeedbin(options: FeedbinPullOptions): Promise<FeedbinPullOutcome> {
  const { client, accountId, signal } = options;
  const call = signal ? { signal } : undefined;
  const startedAt = options.now();

  const [subscriptions, taggings] = [await client.subscriptions(call), await client.taggings(call)];
  applyStructure(options.db(), accountId, feedbinFolders(taggings), feedbinFeeds(subscriptions, taggings), startedAt);

  const unreadList = newestFirst(await client.unreadEntryIds(call));
  const starredList = newestFirst(await client.starredEntryIds(call));
  const [unread, starred] = [new Set(unreadList), new Set(starredList)];
  recordUnreadOnServer(options.db(), accountId, unreadList, storedRemoteIds(options.db(), accountId), startedAt);

  let newArticles = 0;
  const asked = new Set<string>();
  const apply = (askedIds: readonly string[], entries: readonly FeedbinEntry[]) => {
    for (const id of askedIds) asked.add(id);
    const items = entries.map((entry) => toRemoteItem(entry, unread, starred));
    const applied = applyContentsChunk(options.db(), accountId, askedIds, items, options.now());
    newArticles += applied.inserted;
    if (applied.insertedIds.length > 0) options.onArticles?.(applied.insertedIds);
  };
  const fetchIds = async (ids: readonly string[]) => {
    for (let start = 0; start < ids.length; start += ENTRIES_PER_CALL) {
      signal?.throwIfAborted();
      const chunk = ids.slice(start, start + ENTRIES_PER_CALL);
      apply(chunk, await client.entriesByIds(chunk, call));
    }
  };

  let mark = options.cursor.since;
  let query: FeedbinEntriesQuery;
  if (mark === null) {
    // The newest entry on the server, read or not: the next sync asks for what arrives after it.
    mark = (await client.entriesPage({ perPage: 1 }, call)).entries[0]?.createdAt ?? null;
    query = { read: false, ...(options.bodyDays === null ? {} : { since: sinceDaysAgo(startedAt, options.bodyDays) }) };
  } else query = { since: mark };
  const firstSync = options.cursor.since === null;
  for await (const page of client.entryPages(query, call)) {
    signal?.throwIfAborted();
    apply(
      page.entries.map((entry) => entry.id),
      page.entries,
    );
    // Pages are newest first: an entry that arrives while they are read is after every one seen, so it comes next time.
    if (!firstSync) for (const entry of page.entries) mark = laterTime(mark, entry.createdAt);
  }

  const stored = storedRemoteIds(options.db(), accountId);
  await fetchIds(starredList.filter((id) => !stored.has(id) && !asked.has(id)));
  const states = reconcileStates(options.db(), accountId, unread, starred, options.now());
  await fetchIds(
    pendingToFetch(options.db(), accountId, unreadList, asked, PENDING_CHUNKS_PER_PULL * ENTRIES_PER_CALL),
  );
  return {
    newArticles,
    pulledStates: states.read + states.unread + states.starred + states.unstarred,
    cursor: { since: mark },
    unreadToDownload: countPendingItems(options.db(), accountId),
  };
}

/** Feedbin's entry ids grow as entries arrive: the highest is the newest. */
function newestFirst(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => compareIds(b, a));
}

/** An entry carries no read or starred flag: the id lists read at the start of this pull say. */
function toRemoteItem(entry: FeedbinEntry, unread: ReadonlySet<string>, starred: ReadonlySet<string>): RemoteItem {
  return {
    remoteId: entry.id,
    feedRemoteId: entry.feedId,
    feedTitle: null,
    feedSiteUrl: null,
    url: entry.url,
    title: entry.title,
    author: entry.author,
    publishedAt: entry.publishedMs ?? entry.createdAtMs,
    updatedAt: null,
    contentHtml: entry.content,
    summaryHtml: entry.summary,
    categories: [],
    // No mark-all call: read wishes go as ids, so no server time is sent back.
    serverTime: null,
    enclosures: [],
    read: !unread.has(entry.id),
    starred: starred.has(entry.id),
  };
}
