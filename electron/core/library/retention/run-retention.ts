/**
 * Removes what the policy lets go, in small transactions with a turn of the
 * event loop between them, so reads and other calls keep being answered while
 * a large clean-up runs. Freed pages go back to the file system a few at a
 * time (incremental auto-vacuum) instead of in one long VACUUM.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RetentionPolicy } from '../../../api/library-queries';
import { all, transaction, type Db } from '../../db/sql';
import { deleteArticles } from '../tables/articles-table';
import { retentionCutoff } from './retention-policy';

const BATCH = 500;
const VACUUM_PAGES = 256;

/**
 * An unread article of a sync service (it has a remote id) is never removed, whatever "keep unread" says: it is
 * unread on the reader's other devices too, and the next sync would only bring it back (and retention remove it
 * again, every time). The service's own clean-up decides when it goes.
 */
export function removableArticleIds(db: Db, policy: RetentionPolicy, now: number): number[] {
  return all<{ id: number }>(
    db,
    `SELECT id FROM (
       SELECT a.id, a.sort_time, a.is_read, a.remote_id,
              ROW_NUMBER() OVER (PARTITION BY a.feed_id ORDER BY a.sort_time DESC, a.id DESC) AS rank_in_feed
       FROM articles a
     )
     WHERE rank_in_feed > ? AND sort_time < ? AND (is_read = 1 OR (? = 0 AND remote_id IS NULL))
       AND id NOT IN (SELECT article_id FROM bookmarks)
       AND id NOT IN (SELECT article_id FROM kept_notes)`,
    policy.keepLatestPerFeed,
    retentionCutoff(policy, now),
    policy.keepUnread ? 1 : 0,
  ).map((row) => row.id);
}

export async function runRetention(db: Db, policy: RetentionPolicy, now: number): Promise<number> {
  const ids = removableArticleIds(db, policy, now);
  let removed = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    // Re-checks bookmark and read flag: the reader may have changed them since the scan.
    removed += transaction(db, () => deleteArticles(db, batch, policy.keepUnread));
    await nextTurn();
  }
  await reclaimSpace(db);
  return removed;
}

async function reclaimSpace(db: Db): Promise<void> {
  for (;;) {
    const free = all<{ freelist_count: number }>(db, 'PRAGMA freelist_count')[0]?.freelist_count ?? 0;
    if (free === 0) return;
    db.exec(`PRAGMA incremental_vacuum(${VACUUM_PAGES})`);
    const after = all<{ freelist_count: number }>(db, 'PRAGMA freelist_count')[0]?.freelist_count ?? 0;
    // A file created without incremental auto-vacuum cannot shrink this way.
    if (after >= free) return;
    await nextTurn();
  }
}
