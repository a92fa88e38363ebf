/**
 * A feed's permanent-redirect streak, kept with its sync state: the target
 * the last refreshes were sent to and how many in a row. It used to live in
 * memory, so a desktop app opened for an hour a day (two refreshes) never
 * reached the three it takes to adopt a feed's new address.
 */
import type { Migration } from './migration';

export const redirectStreaks: Migration = {
  version: 7,
  name: 'redirect-streaks',
  up(db) {
    db.exec(`
      ALTER TABLE feed_sync ADD COLUMN redirect_target TEXT;
      ALTER TABLE feed_sync ADD COLUMN redirect_count INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
