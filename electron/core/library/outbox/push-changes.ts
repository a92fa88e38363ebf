/**
 * The push side of the outbox: the next batch to send, and what the server answered. A row leaves the outbox only
 * when the server confirmed the very value it holds; a newer wish queued while a push was on its way stays, to be
 * sent next. A permanent refusal moves the row to `outbox_rejected` with the reason; a network error or a 5xx
 * keeps it, with the error, for the next sync.
 */
import { all, get, placeholders, run, transaction, type Db } from '../../db/sql';
import type { OutboxChange, OutboxKey, PendingChange } from './outbox-change';

interface Row {
  remote_id: string;
  key: OutboxKey;
  value: number;
  article_id: number | null;
  queued_at: number;
  attempts: number;
  last_error: string | null;
  mark_all: number | null;
}

/**
 * The account's next `limit` changes to push, oldest first; a read wish covered by a pending "mark all as read"
 * waits for it (mark-all-intents.ts), unless that intent is among `withMarkAlls` (taken by the same push). Taking them begins an attempt (`attempts` + 1): from
 * now on the server may hold their value, so an opposite wish no longer cancels a row but replaces its value.
 * Count without taking with `countPendingChanges`.
 */
export function pendingChanges(
  db: Db,
  accountId: string,
  limit: number,
  withMarkAlls: readonly number[] = [],
): PendingChange[] {
  return transaction(db, () => {
    const covered = withMarkAlls.length > 0 ? ` OR mark_all IN (${placeholders(withMarkAlls.length)})` : '';
    const rows = all<Row>(
      db,
      `SELECT remote_id, key, value, article_id, queued_at, attempts, last_error, mark_all FROM outbox
       WHERE account_id = ? AND (mark_all IS NULL${covered}) ORDER BY queued_at, remote_id, key LIMIT ?`,
      accountId,
      ...withMarkAlls,
      limit,
    );
    for (const row of rows) {
      run(
        db,
        'UPDATE outbox SET attempts = attempts + 1 WHERE account_id = ? AND remote_id = ? AND key = ?',
        accountId,
        row.remote_id,
        row.key,
      );
    }
    return rows.map((row) => ({
      remoteId: row.remote_id,
      key: row.key,
      value: row.value === 1,
      articleId: row.article_id,
      queuedAt: row.queued_at,
      attempts: row.attempts + 1,
      lastError: row.last_error,
      markAll: row.mark_all,
    }));
  });
}

/** Everything waiting for the account's server: read and star wishes (a mark-all covers some) and tag changes. */
export function countPendingChanges(db: Db, accountId: string): number {
  return (
    get<{ n: number }>(
      db,
      `SELECT (SELECT COUNT(*) FROM outbox WHERE account_id = ?) + (SELECT COUNT(*) FROM outbox_labels WHERE account_id = ?)
         + (SELECT COUNT(*) FROM outbox_mark_all WHERE account_id = ?) AS n`,
      accountId,
      accountId,
      accountId,
    )?.n ?? 0
  );
}

/** The server applied these: their rows go, unless the reader has wished otherwise since. Returns how many went. */
export function confirmPushed(db: Db, accountId: string, changes: readonly OutboxChange[]): number {
  return transaction(db, () => {
    let removed = 0;
    for (const change of changes) removed += removeIfStill(db, accountId, change);
    return removed;
  });
}

/**
 * The server refused these for good (a permanent 4xx): recorded with the reason in `outbox_rejected` and dropped,
 * unless the reader has wished otherwise since (that newer wish is still to be sent). Returns how many went.
 */
export function rejectChanges(
  db: Db,
  accountId: string,
  changes: readonly OutboxChange[],
  reason: string,
  at: number,
): number {
  return transaction(db, () => {
    let rejected = 0;
    for (const change of changes) {
      if (removeIfStill(db, accountId, change) === 0) continue;
      recordRejected(db, accountId, change.remoteId, change.key, change.value, reason, at);
      rejected += 1;
    }
    return rejected;
  });
}

/** A push that failed for now (offline, a 5xx, a timeout): the rows stay, with the error, for the next sync. */
export function recordPushFailure(db: Db, accountId: string, changes: readonly OutboxChange[], error: string): void {
  transaction(db, () => {
    for (const change of changes) {
      run(
        db,
        'UPDATE outbox SET last_error = ? WHERE account_id = ? AND remote_id = ? AND key = ?',
        error.slice(0, 500),
        accountId,
        change.remoteId,
        change.key,
      );
    }
  });
}

function removeIfStill(db: Db, accountId: string, change: OutboxChange): number {
  return run(
    db,
    'DELETE FROM outbox WHERE account_id = ? AND remote_id = ? AND key = ? AND value = ?',
    accountId,
    change.remoteId,
    change.key,
    change.value ? 1 : 0,
  );
}

/** Removing an account: what waited for its server goes with it. */
export function deleteAccountOutbox(db: Db, accountId: string): void {
  run(db, 'DELETE FROM outbox WHERE account_id = ?', accountId);
  run(db, 'DELETE FROM outbox_mark_all WHERE account_id = ?', accountId);
  run(db, 'DELETE FROM outbox_labels WHERE account_id = ?', accountId);
}

/** One change a server refused for good, kept with its reason (cut to 500 characters) in `outbox_rejected`. */
export function recordRejected(
  db: Db,
  accountId: string,
  remoteId: string,
  key: string,
  value: boolean,
  reason: string,
  at: number,
): void {
  run(
    db,
    'INSERT INTO outbox_rejected (account_id, remote_id, key, value, reason, at) VALUES (?, ?, ?, ?, ?, ?)',
    accountId,
    remoteId,
    key,
    value ? 1 : 0,
    reason.slice(0, 500),
    at,
  );
}
