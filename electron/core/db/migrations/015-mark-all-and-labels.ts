/**
 * Issue 15: "mark all as read" sent as the server's own call, and bookmark tags that travel as item labels.
 *
 * - `accounts.mark_all_on_server`: the account's service has a mark-all call that means exactly the reader's set
 *   (capabilities as data, so the library queues an intent only where it will be sent); FreshRSS accounts have it.
 * - `articles.remote_time`: the service's own clock for the item (Google Reader API: `timestampUsec`, in
 *   microseconds), what its mark-all call compares with; null for feeds polled here and for items stored before.
 * - `outbox_mark_all`: one "mark this stream read up to the server time `up_to`" per mark-all the reader did on a
 *   feed, a folder or everything of an account, waiting for the server. `feeds` lists the feed remote ids it meant
 *   (JSON), so a push can tell whether the server's stream still means the same set.
 * - `outbox.mark_all`: the intent a read wish was queued with; such a row waits for its intent (confirmed: the read
 *   wishes go, an unread one made since is sent after it; abandoned: all are sent as id lists).
 * - `outbox_labels`: a bookmark tag added or removed here, waiting to be sent as an item label.
 * - `server_labels`: the labels the server had on each bookmarked item at the last sync, so a tag the server
 *   dropped (removed on another device) can be told from one it never knew (written here: kept).
 */
import type { Migration } from './migration';

export const markAllAndLabels: Migration = {
  version: 15,
  name: 'mark-all-and-labels',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN mark_all_on_server INTEGER NOT NULL DEFAULT 0;
      UPDATE accounts SET mark_all_on_server = 1 WHERE service = 'freshrss';
      ALTER TABLE articles ADD COLUMN remote_time INTEGER;
      ALTER TABLE outbox ADD COLUMN mark_all INTEGER;
      CREATE INDEX outbox_mark_all_rows ON outbox(mark_all) WHERE mark_all IS NOT NULL;
      CREATE TABLE outbox_mark_all (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        scope TEXT NOT NULL CHECK (scope IN ('feed', 'folder', 'all')),
        remote_id TEXT,
        up_to INTEGER NOT NULL,
        feeds TEXT NOT NULL,
        queued_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE INDEX outbox_mark_all_account ON outbox_mark_all(account_id, id);
      CREATE TABLE outbox_labels (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        label TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value IN (0, 1)),
        article_id INTEGER,
        queued_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        PRIMARY KEY (account_id, remote_id, label)
      ) WITHOUT ROWID;
      CREATE TABLE server_labels (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (account_id, remote_id, label)
      ) WITHOUT ROWID;
    `);
  },
};
