/**
 * Newest-first search walks the search index in rowid order, newest rowid
 * first, and must know when no older rowid can still hold a newer article
 * (a feed added late brings old articles with new rowids). This table keeps,
 * per block of 256 rowids, the latest sort time ever stored there: an upper
 * bound, so deletions may leave it high (the walk just goes a little further)
 * but it is never too low. One small upsert per inserted article.
 */
import type { Migration } from './migration';

export const TIME_BLOCK_SHIFT = 8;

export const timeBlocks: Migration = {
  version: 5,
  name: 'time-blocks',
  up(db) {
    db.exec(`
      CREATE TABLE article_time_blocks (
        block INTEGER PRIMARY KEY,
        max_sort_time INTEGER NOT NULL
      );
      INSERT INTO article_time_blocks (block, max_sort_time)
        SELECT id >> ${TIME_BLOCK_SHIFT}, MAX(sort_time) FROM articles GROUP BY 1;
      CREATE TRIGGER articles_time_block_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_time_blocks (block, max_sort_time) VALUES (NEW.id >> ${TIME_BLOCK_SHIFT}, NEW.sort_time)
        ON CONFLICT (block) DO UPDATE SET max_sort_time = excluded.max_sort_time WHERE excluded.max_sort_time > max_sort_time;
      END;
      CREATE TRIGGER articles_time_block_update AFTER UPDATE OF sort_time ON articles
      WHEN NEW.sort_time > OLD.sort_time BEGIN
        INSERT INTO article_time_blocks (block, max_sort_time) VALUES (NEW.id >> ${TIME_BLOCK_SHIFT}, NEW.sort_time)
        ON CONFLICT (block) DO UPDATE SET max_sort_time = excluded.max_sort_time WHERE excluded.max_sort_time > max_sort_time;
      END;
    `);
  },
};
