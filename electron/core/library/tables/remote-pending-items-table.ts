/**
 * The one writer of `remote_pending_items` (migration 014): the unread items a sync service lists whose contents
 * are not stored here yet. Counted in the account's unread count; fetched a bounded number per sync; gone once
 * stored, or once the server no longer lists them unread (read on another device).
 */
import { all, get, run, type Db } from '../../db/sql';

/** The account's pending ids, and how often each was asked for and not returned. */
export function listPendingItems(db: Db, accountId: string): Map<string, number> {
  return new Map(
    all<{ remote_id: string; attempts: number }>(
      db,
      'SELECT remote_id, attempts FROM remote_pending_items WHERE account_id = ?',
      accountId,
    ).map((row) => [row.remote_id, row.attempts]),
  );
}

export function countPendingItems(db: Db, accountId: string): number {
  return (
    get<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM remote_pending_items WHERE account_id = ?', accountId)?.n ?? 0
  );
}

export function addPendingItems(db: Db, accountId: string, remoteIds: Iterable<string>, now: number): void {
  for (const remoteId of remoteIds)
    run(
      db,
      `INSERT INTO remote_pending_items (account_id, remote_id, first_seen_at) VALUES (?, ?, ?)
       ON CONFLICT (account_id, remote_id) DO NOTHING`,
      accountId,
      remoteId,
      now,
    );
}

export function removePendingItems(db: Db, accountId: string, remoteIds: Iterable<string>): void {
  for (const remoteId of remoteIds)
    run(db, 'DELETE FROM remote_pending_items WHERE account_id = ? AND remote_id = ?', accountId, remoteId);
}

/** The server was asked for these and did not return them. */
export function countPendingAttempt(db: Db, accountId: string, remoteIds: Iterable<string>): void {
  for (const remoteId of remoteIds)
    run(
      db,
      'UPDATE remote_pending_items SET attempts = attempts + 1 WHERE account_id = ? AND remote_id = ?',
      accountId,
      remoteId,
    );
}

export function deleteAccountPendingItems(db: Db, accountId: string): void {
  run(db, 'DELETE FROM remote_pending_items WHERE account_id = ?', accountId);
}
