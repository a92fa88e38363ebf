/**
 * Issue 18: rules. `rules` holds each rule as the JSON the reader wrote (docs/RULES.md), in run order
 * (`position`). What a rule did to an article lives on the article, so it moves and goes with it:
 *
 * - `articles.hidden_by_rule`: kept, but out of every list, count and the front page ("Hidden by rules" lists them,
 *   through the partial index `articles_hidden`, which holds only hidden rows). The unread counts the triggers keep
 *   leave hidden articles out, so the count triggers are recreated: unread now means "not read and not hidden".
 * - `articles.rule_tags`: tags a rule gave an article that is not bookmarked (a JSON array, NULL for none); they
 *   land on its bookmark when the reader bookmarks it. A bookmarked article's tags go straight on its bookmark.
 * - `articles.skip_full_text`: the page pass passes it over.
 * - `rule_notifications`: articles a `notify` rule asked to announce, waiting for the end of the sync that stored
 *   them (drained when its "finished" event is sent).
 * - `rule_undo`: what the last `rules.apply` changed, article by article, for its one-step undo: the flags before,
 *   whether it made the bookmark, and the tags it added (JSON arrays), so an undo takes back only what the apply did.
 *
 * ADD COLUMN with a constant default changes only the schema, whatever the library's size.
 */
import type { Migration } from './migration';

export const rulesSchema: Migration = {
  version: 18,
  name: 'rules',
  up(db) {
    db.exec(`
      CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      ALTER TABLE articles ADD COLUMN hidden_by_rule INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE articles ADD COLUMN rule_tags TEXT;
      ALTER TABLE articles ADD COLUMN skip_full_text INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX articles_hidden ON articles (sort_time, id) WHERE hidden_by_rule = 1;

      CREATE TABLE rule_notifications (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
      );

      CREATE TABLE rule_undo (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        was_read INTEGER NOT NULL,
        was_hidden INTEGER NOT NULL,
        made_bookmark INTEGER NOT NULL,
        added_bookmark_tags TEXT NOT NULL,
        added_rule_tags TEXT NOT NULL,
        removed_rule_tags TEXT NOT NULL
      );

      DROP TRIGGER articles_count_insert;
      DROP TRIGGER articles_count_delete;
      DROP TRIGGER articles_count_read;
      CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
        UPDATE feeds SET article_count = article_count + 1,
          unread_count = unread_count + (NEW.is_read = 0 AND NEW.hidden_by_rule = 0)
        WHERE id = NEW.feed_id;
      END;
      CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
        UPDATE feeds SET article_count = article_count - 1,
          unread_count = unread_count - (OLD.is_read = 0 AND OLD.hidden_by_rule = 0)
        WHERE id = OLD.feed_id;
      END;
      CREATE TRIGGER articles_count_read AFTER UPDATE OF is_read, hidden_by_rule ON articles
      WHEN (OLD.is_read = 0 AND OLD.hidden_by_rule = 0) <> (NEW.is_read = 0 AND NEW.hidden_by_rule = 0) BEGIN
        UPDATE feeds SET unread_count = unread_count + (CASE WHEN NEW.is_read = 0 AND NEW.hidden_by_rule = 0 THEN 1 ELSE -1 END)
        WHERE id = NEW.feed_id;
      END;
    `);
  },
};
