/**
 * The app as the benchmark drives it: a library in a temporary folder, the core's network service (its transport,
 * limiter and pools; plain http to loopback is allowed), and the real account service on a clock that follows the
 * fake server's (the fake's crawl clock is its own: were the app on today's date, "unread items of the last 90
 * days" would be none). Local changes go through the library's own functions, as the UI's handlers call them.
 */
import { join } from 'node:path';
import { createAccountService, type AccountService } from '../../../electron/core/accounts/account-service';
import { all, get, placeholders, run, transaction, type Db } from '../../../electron/core/db/sql';
import { markRead } from '../../../electron/core/library/articles/read-state';
import { removeBookmark, setBookmark } from '../../../electron/core/library/bookmarks';
import { openLibrary, type Library } from '../../../electron/core/library/open-library';
import { createNetwork, type Network } from '../../../electron/core/net/network';
import type { StatePlan } from './state-changes';

/** An article of the account as the library has it. */
export interface StoredArticle {
  id: number;
  remoteId: string;
  read: boolean;
  starred: boolean;
}

export interface AppSide {
  library: Library;
  accounts: AccountService;
  /** The fake server's present, as the app's clock reads it. */
  clock: { now: number };
  /** Called with each applied chunk's new article ids. */
  onArticles: (ids: readonly number[]) => void;
  /** Every stored article of the account with a remote id: its state here. */
  articleStates(accountId: string): StoredArticle[];
  /** The stored articles with these remote ids (absent ones are missing from the map). */
  articlesByRemoteId(accountId: string, remoteIds: readonly string[]): Map<string, StoredArticle>;
  counts(accountId: string): { articles: number; unread: number; starred: number };
  outboxSize(accountId: string): number;
  close(): Promise<void>;
}

export function openAppSide(dir: string): AppSide {
  const library = openLibrary(join(dir, 'library.sqlite'), { skipIntegrityCheck: true });
  const clock = { now: 0 };
  const now = () => clock.now;
  const network: Network = createNetwork({ appVersion: 'bench', now });
  const side: AppSide = {
    library,
    clock,
    onArticles: () => undefined,
    accounts: createAccountService({
      db: () => library.db(),
      transport: () => network.transport,
      now,
      onChanged: () => undefined,
      onArticles: (ids) => side.onArticles(ids),
      local: { refreshing: () => false, lastRefreshAt: () => null, refreshAll: () => undefined },
    }),
    articleStates: (accountId) => articleStates(library.db(), accountId),
    articlesByRemoteId: (accountId, remoteIds) => articlesByRemoteId(library.db(), accountId, remoteIds),
    counts: (accountId) =>
      get<{ articles: number; unread: number; starred: number }>(
        library.db(),
        `SELECT COUNT(*) AS articles, COALESCE(SUM(a.is_read = 0), 0) AS unread,
           COALESCE(SUM(b.article_id IS NOT NULL), 0) AS starred
         FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN bookmarks b ON b.article_id = a.id
         WHERE f.account_id = ?`,
        accountId,
      )!,
    outboxSize: (accountId) =>
      get<{ n: number }>(library.db(), 'SELECT COUNT(*) AS n FROM outbox WHERE account_id = ?', accountId)!.n,
    async close() {
      await side.accounts.idle();
      await network.close();
      library.close();
    },
  };
  return side;
}

interface StateRow {
  id: number;
  remote_id: string;
  is_read: number;
  starred: number;
}

const STATE_SELECT = `SELECT a.id, a.remote_id, a.is_read, b.article_id IS NOT NULL AS starred
  FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN bookmarks b ON b.article_id = a.id
  WHERE f.account_id = ? AND a.remote_id IS NOT NULL`;

function articleStates(db: Db, accountId: string): StoredArticle[] {
  return all<StateRow>(db, `${STATE_SELECT} ORDER BY a.id`, accountId).map(toStored);
}

function articlesByRemoteId(db: Db, accountId: string, remoteIds: readonly string[]): Map<string, StoredArticle> {
  const found = new Map<string, StoredArticle>();
  for (let start = 0; start < remoteIds.length; start += 500) {
    const chunk = remoteIds.slice(start, start + 500);
    const rows = all<StateRow>(
      db,
      `${STATE_SELECT} AND a.remote_id IN (${placeholders(chunk.length)})`,
      accountId,
      ...chunk,
    );
    for (const row of rows) found.set(row.remote_id, toStored(row));
  }
  return found;
}

function toStored(row: StateRow): StoredArticle {
  return { id: row.id, remoteId: row.remote_id, read: row.is_read === 1, starred: row.starred === 1 };
}

/** The reader's clicks: one call per article, each its own transaction, as the UI makes them. */
export function makeLocalChanges(db: Db, plan: StatePlan<number>, now: number): void {
  for (const id of plan.markRead) markRead(db, { kind: 'articles', ids: [String(id)] }, true, now);
  for (const id of plan.markUnread) markRead(db, { kind: 'articles', ids: [String(id)] }, false, now);
  for (const id of plan.star) setBookmark(db, String(id), {}, now);
  for (const id of plan.unstar) removeBookmark(db, String(id), now);
}

/**
 * The outbox rows the reader's changes would have queued, written directly: lets the benchmark time the push
 * path (outbox → edit-tag batches → pull) on a branch where markRead and bookmarks do not queue yet. Clearly not
 * the product's queueing; reported apart from `accounts_push_ms`.
 */
export function fillOutbox(db: Db, accountId: string, plan: StatePlan<StoredArticle>, now: number): void {
  const rows = [
    ...plan.markRead.map((article) => ({ article, key: 'read', value: 1 })),
    ...plan.markUnread.map((article) => ({ article, key: 'read', value: 0 })),
    ...plan.star.map((article) => ({ article, key: 'starred', value: 1 })),
    ...plan.unstar.map((article) => ({ article, key: 'starred', value: 0 })),
  ];
  transaction(db, () => {
    for (const { article, key, value } of rows)
      run(
        db,
        `INSERT INTO outbox (account_id, remote_id, key, value, article_id, queued_at, attempts) VALUES (?, ?, ?, ?, ?, ?, 0)
         ON CONFLICT (account_id, remote_id, key) DO UPDATE SET value = excluded.value`,
        accountId,
        article.remoteId,
        key,
        value,
        article.id,
        now,
      );
  });
}
