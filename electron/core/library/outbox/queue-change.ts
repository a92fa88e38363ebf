/**
 * Queues the reader's read and star changes of a sync service's articles, in the caller's transaction, so a
 * change and its queued wish are stored together or not at all. One row per (account, item, key): the last wish
 * wins, and a wish that returns to the state before the first pending change removes the row (opposite changes
 * cancel) — unless a push may already have carried the earlier wish to the server (`attempts` > 0), in which
 * case the row keeps the new wish so the server is put back too. The same holds for a read wish a pending "mark
 * all as read" covers (`mark_all`, mark-all-intents.ts): the server will hold "read" whatever happens, so "unread
 * again" must stay a row. Articles of the local account, or without a service id yet, queue nothing.
 */
import { all, get, run, type Db } from '../../db/sql';
import type { ArticleFilter } from '../tables/articles-table';
import { LOCAL_ACCOUNT_ID } from '../tables/accounts-table';
import type { OutboxKey } from './outbox-change';

export interface QueuedChange {
  accountId: string;
  remoteId: string;
  articleId: number;
  key: OutboxKey;
  /** The state the reader wants now. */
  value: boolean;
  /** The state before this change (what the server holds when nothing is pending). */
  prior: boolean;
  queuedAt: number;
}

/**
 * A wish changed while a push had already taken the mark-all it is tagged with (attempts > 0) leaves that mark-all:
 * the call went for the wish as it was, and confirming it must not settle the new one (read again after "unread",
 * it would be dropped while the push still sends the older "unread", and the server's state would win here).
 */
const UNTAG_IF_SENT =
  'CASE WHEN outbox.mark_all IN (SELECT id FROM outbox_mark_all WHERE attempts > 0) THEN NULL ELSE outbox.mark_all END';

/** One article's change; a change to the state it already has queues nothing. */
export function queueChange(db: Db, change: QueuedChange): void {
  const pending = get<{ value: number; attempts: number; mark_all: number | null }>(
    db,
    'SELECT value, attempts, mark_all FROM outbox WHERE account_id = ? AND remote_id = ? AND key = ?',
    change.accountId,
    change.remoteId,
    change.key,
  );
  const value = change.value ? 1 : 0;
  if (!pending) {
    if (change.value !== change.prior) insertRow(db, change, value);
    return;
  }
  if (pending.value === value) return;
  if (pending.attempts === 0 && pending.mark_all === null) {
    run(
      db,
      'DELETE FROM outbox WHERE account_id = ? AND remote_id = ? AND key = ?',
      change.accountId,
      change.remoteId,
      change.key,
    );
    return;
  }
  run(
    db,
    `UPDATE outbox SET value = ?, article_id = ?, queued_at = ?, mark_all = ${UNTAG_IF_SENT}
     WHERE account_id = ? AND remote_id = ? AND key = ?`,
    value,
    change.articleId,
    change.queuedAt,
    change.accountId,
    change.remoteId,
    change.key,
  );
}

function insertRow(db: Db, change: QueuedChange, value: number): void {
  run(
    db,
    `INSERT INTO outbox (account_id, remote_id, key, value, article_id, queued_at) VALUES (?, ?, ?, ?, ?, ?)`,
    change.accountId,
    change.remoteId,
    change.key,
    value,
    change.articleId,
    change.queuedAt,
  );
}

/** The article's account and service id when a change to it must reach a service, else null. */
export function serviceItemOf(db: Db, articleId: number): { accountId: string; remoteId: string } | null {
  const row = get<{ account_id: string; remote_id: string | null }>(
    db,
    'SELECT f.account_id, a.remote_id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?',
    articleId,
  );
  if (!row || row.account_id === LOCAL_ACCOUNT_ID || row.remote_id === null) return null;
  return { accountId: row.account_id, remoteId: row.remote_id };
}

/**
 * The read flag of every article the filter selects is about to become `read`: queues the change of each one
 * that will change, set-wise (two statements however many articles, so "mark all as read" on 10,000 stays one
 * pass). Call it before the flags change, in the same transaction.
 */
export function queueReadChanges(db: Db, read: boolean, filter: ArticleFilter, queuedAt: number): void {
  if (!hasServiceAccount(db)) return;
  const value = read ? 1 : 0;
  const where = filter.where.map((clause) => ` AND ${clause}`).join('');
  // New wishes, and new wishes over rows a push may already have sent; rows never sent are left for the next step.
  run(
    db,
    `INSERT INTO outbox (account_id, remote_id, key, value, article_id, queued_at)
     SELECT f.account_id, a.remote_id, 'read', ?, a.id, ?
     FROM articles a JOIN feeds f ON f.id = a.feed_id
     WHERE a.is_read <> ? AND a.remote_id IS NOT NULL AND f.account_id <> '${LOCAL_ACCOUNT_ID}'${where}
     ON CONFLICT (account_id, remote_id, key) DO UPDATE
       SET value = excluded.value, article_id = excluded.article_id, queued_at = excluded.queued_at,
           mark_all = ${UNTAG_IF_SENT}
       WHERE (outbox.attempts > 0 OR outbox.mark_all IS NOT NULL) AND outbox.value <> excluded.value`,
    value,
    queuedAt,
    value,
    ...filter.params,
  );
  // Opposite wishes never sent cancel: the article goes back to what the server holds.
  run(
    db,
    `DELETE FROM outbox WHERE key = 'read' AND attempts = 0 AND mark_all IS NULL AND value <> ? AND EXISTS (
       SELECT 1 FROM articles a WHERE a.id = outbox.article_id AND a.remote_id = outbox.remote_id AND a.is_read <> ?${where})`,
    value,
    value,
    ...filter.params,
  );
}

/** Whether any account but the local one exists: a library without one skips the outbox entirely. */
function hasServiceAccount(db: Db): boolean {
  return all(db, `SELECT 1 AS x FROM accounts WHERE id <> '${LOCAL_ACCOUNT_ID}' LIMIT 1`).length > 0;
}
