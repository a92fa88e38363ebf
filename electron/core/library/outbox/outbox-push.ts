/**
 * The sending side of the outbox: what waits for an account's server, and
 * what happens to it once the server answered. A row leaves only when the
 * server confirmed exactly the wish it holds — a newer wish the reader made
 * while the push was on its way stays for the next push — or when the
 * server refused it for good, which is recorded with its reason.
 */
import { all, placeholders, run, transaction, type Db } from '../../db/sql';

export interface PendingChange {
  remoteId: string;
  key: 'read' | 'starred';
  value: boolean;
}

/** The oldest waiting changes first. */
export function pendingChanges(db: Db, accountId: string, limit: number): PendingChange[] {
  return all<{ remote_id: string; key: 'read' | 'starred'; value: number }>(
    db,
    'SELECT remote_id, key, value FROM outbox WHERE account_id = ? ORDER BY queued_at, remote_id, key LIMIT ?',
    accountId,
    limit,
  ).map((row) => ({ remoteId: row.remote_id, key: row.key, value: row.value === 1 }));
}

export function confirmPushed(db: Db, accountId: string, changes: readonly PendingChange[]): void {
  transaction(db, () => {
    for (const change of changes)
      run(
        db,
        'DELETE FROM outbox WHERE account_id = ? AND remote_id = ? AND key = ? AND value = ?',
        accountId,
        change.remoteId,
        change.key,
        change.value ? 1 : 0,
      );
  });
}

export function rejectChanges(
  db: Db,
  accountId: string,
  changes: readonly PendingChange[],
  reason: string,
  now: number,
): void {
  transaction(db, () => {
    for (const change of changes) {
      const removed = run(
        db,
        'DELETE FROM outbox WHERE account_id = ? AND remote_id = ? AND key = ? AND value = ?',
        accountId,
        change.remoteId,
        change.key,
        change.value ? 1 : 0,
      );
      if (removed > 0)
        run(
          db,
          'INSERT INTO outbox_rejected (account_id, remote_id, key, value, reason, at) VALUES (?, ?, ?, ?, ?, ?)',
          accountId,
          change.remoteId,
          change.key,
          change.value ? 1 : 0,
          reason,
          now,
        );
    }
  });
}

/** `${remoteId}\0${key}` for every waiting change of the account (of these items only, when given). */
export function pendingChangeKeys(db: Db, accountId: string, remoteIds?: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const add = (rows: { remote_id: string; key: string }[]) => {
    for (const row of rows) keys.add(`${row.remote_id}\u0000${row.key}`);
  };
  if (remoteIds === undefined) {
    add(all(db, 'SELECT remote_id, key FROM outbox WHERE account_id = ?', accountId));
    return keys;
  }
  // Bound parameters are capped per statement; a page of items is asked in slices.
  for (let start = 0; start < remoteIds.length; start += 500) {
    const slice = remoteIds.slice(start, start + 500);
    add(
      all(
        db,
        `SELECT remote_id, key FROM outbox WHERE account_id = ? AND remote_id IN (${placeholders(slice.length)})`,
        accountId,
        ...slice,
      ),
    );
  }
  return keys;
}
