/**
 * The one writer of `read_marks`: read state restored from a backup for articles the library does not hold yet.
 * The trigger of migration 006 consumes a mark when its article arrives (stored read).
 */
import { run, type Db } from '../../db/sql';

export function addReadMark(db: Db, feedUrl: string, identity: string): void {
  run(db, 'INSERT OR IGNORE INTO read_marks (feed_url, identity) VALUES (?, ?)', feedUrl, identity);
}
