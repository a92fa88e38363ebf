/**
 * What the convergence checks read from a library, straight from its tables so they do not take the code under
 * test at its word: an account's articles by remote id with their read and starred state, the wishes waiting in
 * the outbox, and the store's own invariants (one article per remote id, per-feed counts equal to a recount).
 */
import { all, type Db } from '../../../../electron/core/db/sql';

export interface ItemState {
  read: boolean;
  starred: boolean;
}

/** Every article of the account that has a remote id: remote id → its state here. */
export function storedStates(db: Db, accountId: string): Map<string, ItemState> {
  const rows = all<{ remote_id: string; is_read: number; starred: number }>(
    db,
    `SELECT a.remote_id, a.is_read, EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS starred
     FROM articles a JOIN feeds f ON f.id = a.feed_id
     WHERE f.account_id = ? AND a.remote_id IS NOT NULL`,
    accountId,
  );
  return new Map(rows.map((row) => [row.remote_id, { read: row.is_read === 1, starred: row.starred === 1 }]));
}

/** The outbox's wishes as `<remote id> <key>` → value. */
export function outboxWishes(db: Db, accountId: string): Map<string, boolean> {
  const rows = all<{ remote_id: string; key: string; value: number }>(
    db,
    'SELECT remote_id, key, value FROM outbox WHERE account_id = ?',
    accountId,
  );
  return new Map(rows.map((row) => [wishKey(row.remote_id, row.key), row.value === 1]));
}

export function wishKey(remoteId: string, key: string): string {
  return `${remoteId} ${key}`;
}

/** What is wrong with the store whatever happened to it (empty when sound). */
export function storeProblems(db: Db, accountId: string): string[] {
  const problems: string[] = [];
  const twice = all<{ remote_id: string; n: number }>(
    db,
    `SELECT a.remote_id, COUNT(*) AS n FROM articles a JOIN feeds f ON f.id = a.feed_id
     WHERE f.account_id = ? AND a.remote_id IS NOT NULL GROUP BY a.remote_id HAVING COUNT(*) > 1`,
    accountId,
  );
  for (const row of twice) problems.push(`article ${row.remote_id} is stored ${row.n} times`);
  const miscounted = all<{ url: string; unread_count: number; unread: number; article_count: number; n: number }>(
    db,
    `SELECT f.url, f.unread_count, f.article_count,
       (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id AND a.is_read = 0) AS unread,
       (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS n
     FROM feeds f WHERE f.account_id = ?`,
    accountId,
  );
  for (const row of miscounted) {
    if (row.unread_count !== row.unread)
      problems.push(`feed ${row.url} counts ${row.unread_count} unread, a recount finds ${row.unread}`);
    if (row.article_count !== row.n)
      problems.push(`feed ${row.url} counts ${row.article_count} articles, a recount finds ${row.n}`);
  }
  return problems;
}
