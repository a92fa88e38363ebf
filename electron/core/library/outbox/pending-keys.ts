/**
 * What the reconciler must leave alone: a pending local change beats server state, so an item with a change
 * waiting for `key` keeps its local state until the push confirmed it.
 */
import { all, type Db } from '../../db/sql';
import type { ArticleFilter } from '../tables/articles-table';
import type { OutboxKey } from './outbox-change';

/** The service ids of the account's items with a change to `key` still waiting to be pushed. */
export function pendingRemoteIds(db: Db, accountId: string, key: OutboxKey): Set<string> {
  return new Set(
    all<{ remote_id: string }>(db, 'SELECT remote_id FROM outbox WHERE account_id = ? AND key = ?', accountId, key).map(
      (row) => row.remote_id,
    ),
  );
}

/**
 * The same as a filter over articles `a` for set-wise SQL (`setReadFlag` and the like): only articles of the
 * account with no change to `key` waiting. Merge its `where` and `params` into the reconciler's own filter.
 */
export function withoutPendingChange(accountId: string, key: OutboxKey): ArticleFilter {
  return {
    where: ['NOT EXISTS (SELECT 1 FROM outbox o WHERE o.account_id = ? AND o.remote_id = a.remote_id AND o.key = ?)'],
    params: [accountId, key],
  };
}
