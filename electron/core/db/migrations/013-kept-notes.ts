/**
 * `kept_notes`: the note and tags of a bookmark un-starred on another device
 * (issue 15). Starred on a sync service is bookmarked here, so the bookmark
 * goes; what the reader wrote stays with the article and comes back if it is
 * starred again. Retention keeps the article while a note is kept for it.
 */
import type { Migration } from './migration';

export const keptNotes: Migration = {
  version: 13,
  name: 'kept-notes',
  up(db) {
    db.exec(`
      CREATE TABLE kept_notes (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]'
      );
    `);
  },
};
