/**
 * Sections, feeds, their sync state, articles, categories and bookmarks.
 * Unread and article counts per feed are kept by triggers so the counts the
 * sidebar shows cost one small scan of `feeds`, not of 100,000 articles.
 */
import type { Migration } from './migration';

export const librarySchema: Migration = {
  version: 1,
  name: 'library',
  up(db) {
    db.exec(`
      CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
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
        created_at INTEGER NOT NULL
      );
      CREATE INDEX feeds_section ON feeds(section_id, position);

      CREATE TABLE feed_sync (
        feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
        etag TEXT,
        last_modified TEXT,
        last_attempt_at INTEGER,
        last_success_at INTEGER,
        last_error TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        next_due_at INTEGER
      );

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        -- Copied from the feed so section lists walk one index in time order.
        section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
        identity TEXT NOT NULL,
        guid TEXT,
        url TEXT,
        title TEXT NOT NULL,
        author TEXT,
        published_at INTEGER,
        updated_at INTEGER,
        sort_time INTEGER NOT NULL,
        summary TEXT,
        content_html TEXT,
        full_text_html TEXT,
        text TEXT NOT NULL DEFAULT '',
        language TEXT,
        lead_image_url TEXT,
        categories TEXT NOT NULL DEFAULT '[]',
        word_count INTEGER NOT NULL DEFAULT 0,
        is_read INTEGER NOT NULL DEFAULT 0,
        fetched_at INTEGER NOT NULL,
        content_hash TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_identity ON articles(feed_id, identity);
      CREATE INDEX articles_time ON articles(sort_time, id);
      CREATE INDEX articles_feed_time ON articles(feed_id, sort_time, id);
      CREATE INDEX articles_section_time ON articles(section_id, sort_time, id);
      CREATE INDEX articles_unread_time ON articles(sort_time, id) WHERE is_read = 0;

      CREATE TABLE article_categories (
        category TEXT NOT NULL,
        sort_time INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (category, sort_time, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_categories_article ON article_categories(article_id);

      -- RESTRICT: the database itself refuses to delete a bookmarked article.
      CREATE TABLE bookmarks (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE RESTRICT,
        created_at INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE bookmark_tags (
        tag TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES bookmarks(article_id) ON DELETE CASCADE,
        PRIMARY KEY (tag, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX bookmark_tags_article ON bookmark_tags(article_id);

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
    `);
  },
};
