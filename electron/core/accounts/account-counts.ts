/** An account's feed and unread counts for Settings → Accounts (the triggers keep them per feed). */
import { get, type Db } from '../db/sql';

export function accountCounts(db: Db, accountId: string): { feeds: number; unread: number } {
  const row = get<{ feeds: number; unread: number | null }>(
    db,
    'SELECT COUNT(*) AS feeds, SUM(unread_count) AS unread FROM feeds WHERE account_id = ? AND archived = 0',
    accountId,
  );
  return { feeds: row?.feeds ?? 0, unread: row?.unread ?? 0 };
}
