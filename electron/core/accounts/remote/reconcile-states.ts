/**
 * After a sync has the service's complete sets of unread and starred ids,
 * every stored article of the account is brought in line with them, except
 * where the reader's own change of that state still waits in the outbox.
 * Only rows that differ are written, in one transaction. Articles of feeds
 * no longer subscribed are left as they are: a server forgets the items of
 * a feed it unsubscribed (starred ones too), so its silence about them says
 * nothing, and the reader's bookmarks there stay.
 */
import { all, transaction, type Db } from '../../db/sql';
import { pendingRemoteIds } from '../../library/outbox/pending-keys';
import { applyReadState, applyStarredState } from './item-states';

export interface ReconciledStates {
  read: number;
  unread: number;
  starred: number;
  unstarred: number;
}

interface StoredState {
  id: number;
  remote_id: string;
  is_read: number;
  starred: number;
}

export function reconcileStates(
  db: Db,
  accountId: string,
  unreadIds: ReadonlySet<string>,
  starredIds: ReadonlySet<string>,
  now: number,
): ReconciledStates {
  return transaction(db, () => {
    const pendingRead = pendingRemoteIds(db, accountId, 'read');
    const pendingStarred = pendingRemoteIds(db, accountId, 'starred');
    const result: ReconciledStates = { read: 0, unread: 0, starred: 0, unstarred: 0 };
    const rows = all<StoredState>(
      db,
      `SELECT a.id, a.remote_id, a.is_read, EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS starred
       FROM articles a JOIN feeds f ON f.id = a.feed_id
       WHERE f.account_id = ? AND f.archived = 0 AND a.remote_id IS NOT NULL`,
      accountId,
    );
    for (const row of rows) {
      const read = !unreadIds.has(row.remote_id);
      if ((row.is_read === 1) !== read && !pendingRead.has(row.remote_id)) {
        applyReadState(db, row.id, read);
        if (read) result.read += 1;
        else result.unread += 1;
      }
      const starred = starredIds.has(row.remote_id);
      if ((row.starred === 1) !== starred && !pendingStarred.has(row.remote_id)) {
        applyStarredState(db, row.id, starred, now);
        if (starred) result.starred += 1;
        else result.unstarred += 1;
      }
    }
    return result;
  });
}
