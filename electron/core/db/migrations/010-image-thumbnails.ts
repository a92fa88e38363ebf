/**
 * Small copies of cached pictures for lists and the front page, one per picture's bytes (so two addresses with the
 * same bytes share one). `thumb_hash` names the small copy's file in the same cache folder; NULL means the picture
 * could not be made small (undecodable, too many pixels) and is not tried again. A row whose picture no image row
 * holds any more is swept with its file when the quota is enforced. The index on `images(content_hash)` serves that
 * sweep and the eviction's "does another row still hold these bytes" check.
 */
import type { Migration } from './migration';

export const imageThumbnails: Migration = {
  version: 10,
  name: 'image-thumbnails',
  up(db) {
    db.exec(`
      CREATE TABLE image_thumbnails (
        source_hash TEXT PRIMARY KEY,
        thumb_hash TEXT,
        byte_size INTEGER NOT NULL DEFAULT 0,
        made_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX image_thumbnails_thumb ON image_thumbnails(thumb_hash);
      CREATE INDEX images_content_hash ON images(content_hash);
    `);
  },
};
