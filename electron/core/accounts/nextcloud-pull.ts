/**
 * One pull from a Nextcloud News account, after the outbox was pushed: folders become sections (Nextcloud has real
 * folders, empty ones too) and feeds are applied (`folderId` null or 0: no folder). Without a cursor everything is
 * listed (nextcloud-listing.ts). With one, only what changed comes: `items/updated?lastModified=` from the cursor.
 * The server rounds `lastModified` to seconds and answers `>=`, so the last second's items come again: they are kept
 * once per id (the later answer wins), and applying an item stored already only brings its state and content up to
 * date (never a second article). A changed item is stored when it is unread, starred, or new (above the newest id of
 * the last sync); an old read one that is not here is not wanted (if it was counted as pending, it leaves).
 *
 * Unread counts match the server's: every unread item is stored or counted as pending from the first sync, each
 * delta moves them, and each pull compares the feeds' `unreadCount` sum with the count here; when they differ
 * (a change the server refused for good, a delta lost), everything is listed again and reconciled.
 * Then `OLDER_PER_PULL` of the pending older items are stored.
 */
import { get, type Db } from '../db/sql';
import type { NextcloudClient } from '../nextcloud/client';
import type { NextcloudItem } from '../nextcloud/types';
import { removePendingItems, countPendingItems } from '../library/tables/remote-pending-items-table';
import { accountCounts } from './account-counts';
import type { NextcloudCursor } from './nextcloud-cursor';
import { idAbove, maxId, toRemoteFeed, toRemoteFolder } from './nextcloud-items';
import { fetchOlder, ITEMS_PER_PAGE, listEverything } from './nextcloud-listing';
import { pullContext, type PullContext } from './nextcloud-pull-context';
import { storedRemoteIds } from './remote/apply-items';
import { applyStructure } from './remote/apply-structure';

export interface NextcloudPullOptions {
  db: () => Db;
  accountId: string;
  client: NextcloudClient;
  /** The last sync's cursor, or null: list everything. */
  cursor: NextcloudCursor | null;
  now: () => number;
  bodyDays: number | null;
  signal?: AbortSignal;
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface NextcloudPullOutcome {
  newArticles: number;
  pulledStates: number;
  cursor: NextcloudCursor;
  unreadToDownload: number;
}

export async function pullNextcloud(options: NextcloudPullOptions): Promise<NextcloudPullOutcome> {
  const ctx = pullContext(options);
  const folders = await ctx.client.folders(ctx.call);
  const feeds = await ctx.client.feeds(ctx.call);
  applyStructure(ctx.db(), ctx.accountId, folders.map(toRemoteFolder), feeds.feeds.map(toRemoteFeed), ctx.startedAt);

  let cursor: NextcloudCursor;
  let pulledStates: number;
  if (options.cursor === null) ({ cursor, pulledStates } = await listEverything(ctx));
  else {
    ({ cursor, pulledStates } = await applyChanges(ctx, options.cursor, feeds.newestItemId));
    const onServer = feeds.feeds.reduce((sum, feed) => sum + feed.unreadCount, 0);
    if (onServer !== accountCounts(ctx.db(), ctx.accountId).unread) {
      const listed = await listEverything(ctx);
      cursor = listed.cursor;
      pulledStates += listed.pulledStates;
    } else cursor = { ...cursor, older: await fetchOlder(ctx, cursor.older) };
  }
  return {
    newArticles: ctx.newArticles,
    pulledStates,
    cursor,
    unreadToDownload: countPendingItems(ctx.db(), ctx.accountId),
  };
}

/** The items changed since the cursor, once each, applied a page at a time. */
async function applyChanges(
  ctx: PullContext,
  cursor: NextcloudCursor,
  newestOnServer: string | null,
): Promise<{ cursor: NextcloudCursor; pulledStates: number }> {
  const answer = await ctx.client.updatedItems({ scope: { type: 'all' }, lastModified: cursor.lastModified }, ctx.call);
  const changed = new Map<string, NextcloudItem>();
  for (const item of answer.items) changed.set(item.id, item);
  const stored = storedRemoteIds(ctx.db(), ctx.accountId);
  const wanted: NextcloudItem[] = [];
  const notWanted: string[] = [];
  let newest = maxId(cursor.newestItemId, newestOnServer);
  for (const item of changed.values()) {
    newest = maxId(newest, item.id);
    if (stored.has(item.id) || item.unread || item.starred || idAbove(item.id, cursor.newestItemId)) wanted.push(item);
    else notWanted.push(item.id);
  }
  const storedChanged = wanted.filter((item) => stored.has(item.id)).map((item) => item.id);
  const before = statesOf(ctx.db(), ctx.accountId, storedChanged);
  for (let start = 0; start < wanted.length; start += ITEMS_PER_PAGE) {
    ctx.signal?.throwIfAborted();
    ctx.store(wanted.slice(start, start + ITEMS_PER_PAGE));
  }
  removePendingItems(ctx.db(), ctx.accountId, notWanted);
  const after = statesOf(ctx.db(), ctx.accountId, storedChanged);
  const pulledStates = storedChanged.filter((id) => before.get(id) !== after.get(id)).length;
  return { cursor: { lastModified: answer.lastModified, newestItemId: newest, older: cursor.older }, pulledStates };
}

/** Stored articles' read and starred state, as one word ("1 0": read, not starred), by remote id. */
function statesOf(db: Db, accountId: string, remoteIds: readonly string[]): Map<string, string> {
  const states = new Map<string, string>();
  for (const remoteId of remoteIds) {
    const row = get<{ is_read: number; starred: number }>(
      db,
      `SELECT a.is_read, EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS starred
       FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.remote_id = ? AND f.account_id = ?`,
      remoteId,
      accountId,
    );
    if (row) states.set(remoteId, `${row.is_read} ${row.starred}`);
  }
  return states;
}
