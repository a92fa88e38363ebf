/**
 * Two small queues that backup restore and bookmark imports need.
 *
 * `read_marks`: read state restored from a backup for articles the library
 * does not hold yet (a backup carries the content of bookmarks only). Keyed by
 * feed URL and article identity, so when the feed is fetched again the
 * article arrives already read; the trigger consumes the mark.
 *
 * `pending_full_text`: imported bookmarks (a browser's bookmarks file, a
 * read-later export) arrive as bare links; their pages are fetched and
 * extracted by the pass after the next refresh, with a bounded retry.
 */
import type { Migration } from './migration';

export const restoreAndImports: Migration = {
  version: 6,
  name: 'restore-and-imports',
  up(db) {
    db.exec(`
      CREATE TABLE read_marks (
        feed_url TEXT NOT NULL,
        identity TEXT NOT NULL,
        PRIMARY KEY (feed_url, identity)
      ) WITHOUT ROWID;
      CREATE TRIGGER articles_read_marks AFTER INSERT ON articles
      WHEN EXISTS (SELECT 1 FROM read_marks m JOIN feeds f ON f.url = m.feed_url WHERE f.id = NEW.feed_id AND m.identity = NEW.identity)
      BEGIN
        UPDATE articles SET is_read = 1 WHERE id = NEW.id;
        DELETE FROM read_marks WHERE identity = NEW.identity AND feed_url = (SELECT url FROM feeds WHERE id = NEW.feed_id);
      END;

      CREATE TABLE pending_full_text (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE INDEX pending_full_text_due ON pending_full_text(next_attempt_at);
    `);
  },
};
