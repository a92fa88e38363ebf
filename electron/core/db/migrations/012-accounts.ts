/**
 * Accounts (issue 15): every section, feed and article belongs to one. `local` (Broadsheet polls the feeds
 * itself) holds everything stored before this version; a sync service's account keeps its cursors in `state`
 * and its non-secret settings in `options` (passwords and tokens never enter the database). Remote ids are the
 * service's opaque strings.
 *
 * The same feed address may be followed in two accounts, so `feeds.url UNIQUE` becomes UNIQUE(account_id, url)
 * and `read_marks` gains the account in its key. SQLite cannot change a table's constraints in place: both
 * tables are rebuilt (its documented twelve-step procedure, hence `foreignKeysOff`: dropping `feeds` with foreign
 * keys on would delete every article first). The triggers on `articles` that name `feeds` or `read_marks` are
 * dropped before and made again after, the count triggers exactly as migration 001 made them; `feeds_section`
 * (001) is made again; `feed_sync`, `articles` and `feed_icons` (011) reference `feeds` by name and follow the
 * new table.
 *
 * The outbox holds local read/star changes of account articles until the server confirmed them; it has no
 * foreign key to `articles` (retention may remove an article whose change is still to be sent).
 */
import type { Migration } from './migration';

// The one account every library has; frozen here as a literal like the rest of a shipped migration.
const LOCAL_ACCOUNT_ID = 'local';

export const accountsSchema: Migration = {
  version: 12,
  name: 'accounts',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        service TEXT,
        name TEXT NOT NULL,
        url TEXT,
        user TEXT,
        status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'syncing', 'needs-password', 'error')),
        last_sync_at INTEGER,
        last_error TEXT,
        state TEXT NOT NULL DEFAULT '{}',
        options TEXT NOT NULL DEFAULT '{}',
        position INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      INSERT INTO accounts (id, kind, name, position, created_at)
        VALUES ('${LOCAL_ACCOUNT_ID}', 'local', 'On this device', 0, CAST(strftime('%s', 'now') AS INTEGER) * 1000);

      ALTER TABLE sections ADD COLUMN account_id TEXT NOT NULL DEFAULT '${LOCAL_ACCOUNT_ID}' REFERENCES accounts(id);
      ALTER TABLE sections ADD COLUMN remote_id TEXT;
      CREATE UNIQUE INDEX sections_remote ON sections(account_id, remote_id) WHERE remote_id IS NOT NULL;

      DROP TRIGGER articles_count_insert;
      DROP TRIGGER articles_count_delete;
      DROP TRIGGER articles_count_read;
      DROP TRIGGER articles_read_marks;

      CREATE TABLE feeds_rebuilt (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        site_url TEXT,
        title TEXT NOT NULL,
        icon_url TEXT,
        section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        full_text INTEGER NOT NULL DEFAULT 0,
        refresh_minutes INTEGER,
        paused INTEGER NOT NULL DEFAULT 0,
        -- An unsubscribed feed that still owns bookmarked articles stays, hidden.
        archived INTEGER NOT NULL DEFAULT 0,
        article_count INTEGER NOT NULL DEFAULT 0,
        unread_count INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        account_id TEXT NOT NULL DEFAULT '${LOCAL_ACCOUNT_ID}' REFERENCES accounts(id),
        remote_id TEXT,
        UNIQUE (account_id, url)
      );
      INSERT INTO feeds_rebuilt (id, url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes,
          paused, archived, article_count, unread_count, created_at, account_id)
        SELECT id, url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes,
          paused, archived, article_count, unread_count, created_at, '${LOCAL_ACCOUNT_ID}'
        FROM feeds;
      DROP TABLE feeds;
      ALTER TABLE feeds_rebuilt RENAME TO feeds;
      CREATE INDEX feeds_section ON feeds(section_id, position);
      CREATE UNIQUE INDEX feeds_remote ON feeds(account_id, remote_id) WHERE remote_id IS NOT NULL;

      CREATE TABLE read_marks_rebuilt (
        account_id TEXT NOT NULL DEFAULT '${LOCAL_ACCOUNT_ID}' REFERENCES accounts(id) ON DELETE CASCADE,
        feed_url TEXT NOT NULL,
        identity TEXT NOT NULL,
        PRIMARY KEY (account_id, feed_url, identity)
      ) WITHOUT ROWID;
      INSERT INTO read_marks_rebuilt (account_id, feed_url, identity)
        SELECT '${LOCAL_ACCOUNT_ID}', feed_url, identity FROM read_marks;
      DROP TABLE read_marks;
      ALTER TABLE read_marks_rebuilt RENAME TO read_marks;

      ALTER TABLE articles ADD COLUMN remote_id TEXT;
      CREATE INDEX articles_remote ON articles(remote_id) WHERE remote_id IS NOT NULL;

      CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
        UPDATE feeds SET article_count = article_count + 1,
          unread_count = unread_count + (NEW.is_read = 0)
        WHERE id = NEW.feed_id;
      END;
      CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
        UPDATE feeds SET article_count = article_count - 1,
          unread_count = unread_count - (OLD.is_read = 0)
        WHERE id = OLD.feed_id;
      END;
      CREATE TRIGGER articles_count_read AFTER UPDATE OF is_read ON articles
      WHEN OLD.is_read <> NEW.is_read BEGIN
        UPDATE feeds SET unread_count = unread_count + (CASE WHEN NEW.is_read = 0 THEN 1 ELSE -1 END)
        WHERE id = NEW.feed_id;
      END;
      CREATE TRIGGER articles_read_marks AFTER INSERT ON articles
      WHEN EXISTS (SELECT 1 FROM read_marks m JOIN feeds f ON f.account_id = m.account_id AND f.url = m.feed_url
                   WHERE f.id = NEW.feed_id AND m.identity = NEW.identity)
      BEGIN
        UPDATE articles SET is_read = 1 WHERE id = NEW.id;
        DELETE FROM read_marks WHERE identity = NEW.identity
          AND (account_id, feed_url) = (SELECT account_id, url FROM feeds WHERE id = NEW.feed_id);
      END;

      CREATE TABLE outbox (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        key TEXT NOT NULL CHECK (key IN ('read', 'starred')),
        value INTEGER NOT NULL CHECK (value IN (0, 1)),
        article_id INTEGER,
        queued_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        PRIMARY KEY (account_id, remote_id, key)
      ) WITHOUT ROWID;
      CREATE TABLE outbox_rejected (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        key TEXT NOT NULL,
        value INTEGER NOT NULL,
        reason TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX outbox_rejected_account ON outbox_rejected(account_id, at);
    `);
  },
};
