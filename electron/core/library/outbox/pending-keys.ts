/**
 * What the reconciler must leave alone: a pending local change beats server state, so an item with a change
 * waiting for `key` keeps its local state until the push confirmed it.
 */
import { all, type Db } from '../../db/sql';
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
 * The same as a condition for set-wise SQL over articles `a` of feeds `f`: true when the article has no change to
 * `key` waiting (bind nothing; `key` is one of two literals).
 */
export function noPendingChange(key: OutboxKey): string {
  return `NOT EXISTS (SELECT 1 FROM outbox o WHERE o.account_id = f.account_id AND o.remote_id = a.remote_id AND o.key = '${key === 'read' ? 'read' : 'starred'}')`;
}
