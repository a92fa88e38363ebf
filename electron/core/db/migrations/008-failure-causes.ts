/**
 * Why a feed's last refresh failed, kept beside the message: the UI groups failures by cause and host ("one
 * unreachable host" instead of six identical red lines). Errors recorded before this version have no cause.
 */
import type { Migration } from './migration';

export const failureCauses: Migration = {
  version: 8,
  name: 'failure-causes',
  up(db) {
    db.exec('ALTER TABLE feed_sync ADD COLUMN last_error_cause TEXT;');
  },
};
