/**
 * An account's counts for Settings → Accounts: its feeds, and its unread articles — those stored (the triggers
 * keep them per feed) and those the server lists unread whose contents are still to come (pending items), so the
 * count matches the reader's other devices from the first sync on.
 */
import { get, type Db } from '../db/sql';
import { countPendingItems } from '../library/tables/remote-pending-items-table';

export function accountCounts(db: Db, accountId: string): { feeds: number; unread: number; toDownload: number } {
  const row = get<{ feeds: number; unread: number | null }>(
    db,
    'SELECT COUNT(*) AS feeds, SUM(unread_count) AS unread FROM feeds WHERE account_id = ? AND archived = 0',
    accountId,
  );
  const toDownload = countPendingItems(db, accountId);
  return { feeds: row?.feeds ?? 0, unread: (row?.unread ?? 0) + toDownload, toDownload };
}
