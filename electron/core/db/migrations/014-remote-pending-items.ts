/**
 * `remote_pending_items` (issue 15): the unread items a sync service lists whose contents are not here yet — on
 * the first sync, the unread items older than the download window ("the last 90 days"). A Google Reader server's
 * `stream/items/ids` answers ids alone (no feed, no date, no title), so such an item cannot be listed before its
 * contents arrive; its id waits here, the account's unread count includes it at once (so it matches the reader's
 * phone), and each sync fetches a bounded number of them, newest first. `attempts` counts asks the server answered
 * without the item, so one it never returns is not asked for at every sync.
 */
import type { Migration } from './migration';

export const remotePendingItems: Migration = {
  version: 14,
  name: 'remote-pending-items',
  up(db) {
    db.exec(`
      CREATE TABLE remote_pending_items (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, remote_id)
      ) WITHOUT ROWID;
    `);
  },
};
