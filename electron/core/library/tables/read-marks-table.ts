/**
 * The one writer of `read_marks`: read state restored from a backup for articles the library does not hold yet.
 * Keyed by account, feed URL and article identity; the trigger (migrations 006 and 012) consumes a mark when its
 * article arrives in that account's feed (stored read).
 */
import { run, type Db } from '../../db/sql';

export function addReadMark(db: Db, accountId: string, feedUrl: string, identity: string): void {
  run(
    db,
    'INSERT OR IGNORE INTO read_marks (account_id, feed_url, identity) VALUES (?, ?, ?)',
    accountId,
    feedUrl,
    identity,
  );
}

/** Removing an account: its read marks. */
export function deleteAccountReadMarks(db: Db, accountId: string): void {
  run(db, 'DELETE FROM read_marks WHERE account_id = ?', accountId);
}
