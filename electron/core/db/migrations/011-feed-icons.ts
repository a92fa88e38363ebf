/**
 * Which cached image is each feed's icon. Icons are shown in the sidebar, not in any article, so without this
 * table the quota would see them as unused and evict them first; it protects them as bookmarks protect their
 * pictures (their bytes still count toward the quota). A feed's row goes with the feed.
 */
import type { Migration } from './migration';

export const feedIcons: Migration = {
  version: 11,
  name: 'feed-icons',
  up(db) {
    db.exec(`
      CREATE TABLE feed_icons (
        feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
        image_url TEXT NOT NULL
      );
      CREATE INDEX feed_icons_url ON feed_icons(image_url);
    `);
  },
};
