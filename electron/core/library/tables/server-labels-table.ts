/**
 * The one writer of `server_labels`: the labels a sync service had on each bookmarked item at the last sync. With
 * it a pull tells a tag the server dropped (removed on another device: it goes here too) from a tag the server never
 * knew (written here, never sent, or named like a folder: it stays).
 */
import { all, run, type Db } from '../../db/sql';

/** Remote id → the labels the server had on it at the last sync. */
export function serverLabelsOf(db: Db, accountId: string): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  for (const row of all<{ remote_id: string; label: string }>(
    db,
    'SELECT remote_id, label FROM server_labels WHERE account_id = ?',
    accountId,
  )) {
    const set = labels.get(row.remote_id) ?? new Set<string>();
    set.add(row.label);
    labels.set(row.remote_id, set);
  }
  return labels;
}

/** What the server has now becomes what was last seen (call inside the reconciling transaction). */
export function replaceServerLabels(db: Db, accountId: string, labels: ReadonlyMap<string, ReadonlySet<string>>): void {
  run(db, 'DELETE FROM server_labels WHERE account_id = ?', accountId);
  for (const [remoteId, set] of labels)
    for (const label of set)
      run(db, 'INSERT INTO server_labels (account_id, remote_id, label) VALUES (?, ?, ?)', accountId, remoteId, label);
}

/** Removing an account. */
export function deleteAccountServerLabels(db: Db, accountId: string): void {
  run(db, 'DELETE FROM server_labels WHERE account_id = ?', accountId);
}
