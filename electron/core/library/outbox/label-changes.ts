/**
 * Bookmark tags of a sync service's articles, waiting to travel as item labels (`outbox_labels`). Queued in the
 * caller's transaction with the tag change, coalesced per (account, item, label) like read and star wishes: the last
 * wish wins, an opposite wish never sent cancels. A tag named like one of the account's folders is never queued
 * (a label of that name is the folder on the server: the tag stays here). Whether the service keeps labels at all is
 * the push's to know: one that does not drops these rows and the tags simply stay here.
 */
import { all, get, run, transaction, type Db } from '../../db/sql';
import { recordRejected } from './push-changes';

export interface LabelChange {
  remoteId: string;
  label: string;
  /** Added (true) or removed (false). */
  value: boolean;
}

export interface PendingLabelChange extends LabelChange {
  articleId: number | null;
  attempts: number;
}

/** The tags added to and removed from one bookmark of a service item; folder-named tags are left out. */
export function queueLabelChanges(
  db: Db,
  item: { accountId: string; remoteId: string; articleId: number },
  added: readonly string[],
  removed: readonly string[],
  queuedAt: number,
): void {
  const folders = folderNamesOf(db, item.accountId);
  const changes = [
    ...added.map((label) => ({ label, value: true })),
    ...removed.map((label) => ({ label, value: false })),
  ];
  for (const { label, value } of changes) {
    if (folders.has(label.toLowerCase())) continue;
    const pending = get<{ value: number; attempts: number }>(
      db,
      'SELECT value, attempts FROM outbox_labels WHERE account_id = ? AND remote_id = ? AND label = ?',
      item.accountId,
      item.remoteId,
      label,
    );
    if (!pending) {
      run(
        db,
        `INSERT INTO outbox_labels (account_id, remote_id, label, value, article_id, queued_at) VALUES (?, ?, ?, ?, ?, ?)`,
        item.accountId,
        item.remoteId,
        label,
        value ? 1 : 0,
        item.articleId,
        queuedAt,
      );
    } else if (pending.value !== (value ? 1 : 0)) {
      if (pending.attempts === 0) {
        run(
          db,
          'DELETE FROM outbox_labels WHERE account_id = ? AND remote_id = ? AND label = ?',
          item.accountId,
          item.remoteId,
          label,
        );
      } else {
        run(
          db,
          'UPDATE outbox_labels SET value = ?, queued_at = ? WHERE account_id = ? AND remote_id = ? AND label = ?',
          value ? 1 : 0,
          queuedAt,
          item.accountId,
          item.remoteId,
          label,
        );
      }
    }
  }
}

/** The account's folder names, lower-cased (servers match label names without regard to case, some of them). */
export function folderNamesOf(db: Db, accountId: string): Set<string> {
  return new Set(
    all<{ name: string }>(db, 'SELECT name FROM sections WHERE account_id = ?', accountId).map((row) =>
      row.name.toLowerCase(),
    ),
  );
}

/** The account's next `limit` tag changes, oldest first; taking them begins an attempt. */
export function pendingLabelChanges(db: Db, accountId: string, limit: number): PendingLabelChange[] {
  return transaction(db, () => {
    const rows = all<{ remote_id: string; label: string; value: number; article_id: number | null; attempts: number }>(
      db,
      `SELECT remote_id, label, value, article_id, attempts FROM outbox_labels WHERE account_id = ?
       ORDER BY queued_at, remote_id, label LIMIT ?`,
      accountId,
      limit,
    );
    for (const row of rows) {
      run(
        db,
        'UPDATE outbox_labels SET attempts = attempts + 1 WHERE account_id = ? AND remote_id = ? AND label = ?',
        accountId,
        row.remote_id,
        row.label,
      );
    }
    return rows.map((row) => ({
      remoteId: row.remote_id,
      label: row.label,
      value: row.value === 1,
      articleId: row.article_id,
      attempts: row.attempts + 1,
    }));
  });
}

/** What a pull must leave alone: per item, the labels with a change still waiting (and the wished value). */
export function pendingLabels(db: Db, accountId: string): Map<string, Map<string, boolean>> {
  const pending = new Map<string, Map<string, boolean>>();
  for (const row of all<{ remote_id: string; label: string; value: number }>(
    db,
    'SELECT remote_id, label, value FROM outbox_labels WHERE account_id = ?',
    accountId,
  )) {
    const labels = pending.get(row.remote_id) ?? new Map<string, boolean>();
    labels.set(row.label, row.value === 1);
    pending.set(row.remote_id, labels);
  }
  return pending;
}

/** The server applied these (or the service keeps no labels: they stay tags here): rows still at that value go. */
export function settleLabelChanges(db: Db, accountId: string, changes: readonly LabelChange[]): number {
  return transaction(db, () => {
    let removed = 0;
    for (const change of changes) removed += removeIfStill(db, accountId, change);
    return removed;
  });
}

/** Refused for good: recorded in `outbox_rejected` (key `label:<name>`) and dropped; the tag stays here. */
export function rejectLabelChanges(
  db: Db,
  accountId: string,
  changes: readonly LabelChange[],
  reason: string,
  at: number,
): number {
  return transaction(db, () => {
    let rejected = 0;
    for (const change of changes) {
      if (removeIfStill(db, accountId, change) === 0) continue;
      recordRejected(db, accountId, change.remoteId, `label:${change.label}`, change.value, reason, at);
      rejected += 1;
    }
    return rejected;
  });
}

/** A push that failed for now: the rows stay, with the error. */
export function recordLabelPushFailure(
  db: Db,
  accountId: string,
  changes: readonly LabelChange[],
  error: string,
): void {
  transaction(db, () => {
    for (const change of changes) {
      run(
        db,
        'UPDATE outbox_labels SET last_error = ? WHERE account_id = ? AND remote_id = ? AND label = ?',
        error.slice(0, 500),
        accountId,
        change.remoteId,
        change.label,
      );
    }
  });
}

function removeIfStill(db: Db, accountId: string, change: LabelChange): number {
  return run(
    db,
    'DELETE FROM outbox_labels WHERE account_id = ? AND remote_id = ? AND label = ? AND value = ?',
    accountId,
    change.remoteId,
    change.label,
    change.value ? 1 : 0,
  );
}
