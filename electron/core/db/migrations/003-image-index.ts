/**
 * The offline image index: which cached image bytes exist (by content hash,
 * the file name in the cache folder) and which articles use them, so eviction
 * can spare everything a bookmarked article shows.
 */
import type { Migration } from './migration';

export const imageIndex: Migration = {
  version: 3,
  name: 'image-index',
  up(db) {
    db.exec(`
      CREATE TABLE images (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        content_hash TEXT,
        mime_type TEXT,
        byte_size INTEGER,
        fetched_at INTEGER,
        last_used_at INTEGER
      );
      CREATE INDEX images_last_used ON images(last_used_at);
      CREATE TABLE article_images (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, image_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_images_image ON article_images(image_id);
    `);
  },
};
