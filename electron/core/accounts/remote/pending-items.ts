/**
 * Unread items whose contents are still on the server. A service's id lists say which items are unread but
 * nothing else about them (FreshRSS's `stream/items/ids` answers `{id}` alone), so an unread item older than the
 * download window cannot be listed before its contents arrive. Its id waits in `remote_pending_items`: the
 * account's unread count includes it at once, so the count matches the reader's phone, and each sync brings a
 * bounded number of them, newest first. Protocol-free: every backend that lists ids before contents shares it.
 */
import { transaction, type Db } from '../../db/sql';
import {
  addPendingItems,
  countPendingAttempt,
  listPendingItems,
  removePendingItems,
} from '../../library/tables/remote-pending-items-table';
import { applyItems, type AppliedItems } from './apply-items';
import type { RemoteItem } from './remote-model';

/** A pending item the server answered without this many times is no longer asked for (it stays counted). */
export const MAX_PENDING_ATTEMPTS = 3;

/**
 * After a sync listed the server's unread ids: every one not stored here is pending, and a pending one the server
 * no longer lists unread (read on another device) or that is stored now leaves, never fetched. One transaction.
 */
export function recordUnreadOnServer(
  db: Db,
  accountId: string,
  unreadIds: readonly string[],
  stored: ReadonlySet<string>,
  now: number,
): void {
  transaction(db, () => {
    const unread = new Set(unreadIds);
    const pending = listPendingItems(db, accountId);
    removePendingItems(
      db,
      accountId,
      [...pending.keys()].filter((id) => !unread.has(id) || stored.has(id)),
    );
    addPendingItems(
      db,
      accountId,
      unreadIds.filter((id) => !stored.has(id) && !pending.has(id)),
      now,
    );
  });
}

/**
 * Stores one chunk of contents in one transaction with what it settles: the stored items leave the pending set;
 * asked-for ids the server did not return count an attempt. A server that goes away mid-sync leaves both as
 * they were before the chunk.
 */
export function applyContentsChunk(
  db: Db,
  accountId: string,
  askedIds: readonly string[],
  items: readonly RemoteItem[],
  now: number,
): AppliedItems {
  return transaction(db, () => {
    const applied = applyItems(db, accountId, items, now);
    const returned = new Set(items.map((item) => item.remoteId));
    removePendingItems(db, accountId, returned);
    countPendingAttempt(
      db,
      accountId,
      askedIds.filter((id) => !returned.has(id)),
    );
    return applied;
  });
}

/**
 * Up to `limit` pending ids to fetch now, in the order of the server's unread list (newest first: FreshRSS's ids
 * are its crawl times, and every service lists newest first by default), leaving out those asked for already in
 * this sync and those the server keeps answering without.
 */
export function pendingToFetch(
  db: Db,
  accountId: string,
  unreadInServerOrder: readonly string[],
  askedThisSync: ReadonlySet<string>,
  limit: number,
): string[] {
  const pending = listPendingItems(db, accountId);
  const picked: string[] = [];
  for (const id of unreadInServerOrder) {
    if (picked.length >= limit) break;
    const attempts = pending.get(id);
    if (attempts !== undefined && attempts < MAX_PENDING_ATTEMPTS && !askedThisSync.has(id)) picked.push(id);
  }
  return picked;
}
