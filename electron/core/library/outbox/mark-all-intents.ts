/**
 * "Mark all as read" on a sync service's feed, folder or whole account, kept as the server's own call: one intent
 * "mark this stream read up to the server time T" beside the per-article read wishes (which stay, so the reconciler
 * still leaves those articles alone until the server confirmed). T is the newest server time (`remote_time`) among
 * the stored articles the stream covers, so items the server got after what the reader saw stay unread.
 *
 * An intent is queued only for an account whose service has such a call (`accounts.mark_all_on_server`, the
 * backend's `markAllOnServer`), and only where it means exactly the set the reader marked:
 * - a feed of a sync account that is subscribed (not a hidden feed kept for its bookmarks);
 * - a folder whose feeds are all of its account, subscribed and in it (an article filed under the folder but whose
 *   feed has moved makes it a different set);
 * - everything: one intent per sync account, over its subscribed feeds (hidden feeds' articles go as id lists).
 * Never for a filtered list ("mark older as read", a search, a tag) and never when a covered article has no server
 * time. The push checks once more that the server's stream holds the same feeds (`feeds`), else it abandons the
 * intent and the read wishes go as id lists, as before.
 *
 * The read wishes it covers are tagged with it (`outbox.mark_all`) and wait for it: they are never cancelled by an
 * opposite wish, only flipped, so "unread again after mark all" stays a row that is sent after the mark-all.
 */
import { all, get, placeholders, run, transaction, type Db } from '../../db/sql';
import { LOCAL_ACCOUNT_ID } from '../tables/accounts-table';

export type MarkAllScope = 'feed' | 'folder' | 'all';

/** What the reader marked, by the library's ids. */
export type MarkAllTarget = { kind: 'feed'; feedId: number } | { kind: 'section'; sectionId: number } | { kind: 'all' };

export interface MarkAllIntent {
  id: number;
  scope: MarkAllScope;
  /** The feed's or the folder's remote id; null for everything. */
  remoteId: string | null;
  /** The server's time of the newest item the reader had in the stream (Google Reader API: microseconds). */
  upTo: number;
  /** The remote ids of the feeds the stream meant when the reader marked it. */
  feeds: string[];
  queuedAt: number;
  attempts: number;
  lastError: string | null;
}

interface Plan {
  accountId: string;
  scope: MarkAllScope;
  remoteId: string | null;
  feedIds: number[];
}

/**
 * Queues the intents for a mark-all about to happen (call it after `queueReadChanges` queued the per-article rows
 * and before the read flags change, in the same transaction). Returns how many intents were queued.
 */
export function queueMarkAll(db: Db, target: MarkAllTarget, queuedAt: number): number {
  let queued = 0;
  for (const plan of plansFor(db, target)) {
    const feedList = placeholders(plan.feedIds.length);
    const stats = get<{ unread: number; unknown: number; up_to: number | null }>(
      db,
      `SELECT COALESCE(SUM(a.is_read = 0), 0) AS unread, COALESCE(SUM(a.remote_time IS NULL), 0) AS unknown,
              MAX(a.remote_time) AS up_to
       FROM articles a WHERE a.feed_id IN (${feedList}) AND a.remote_id IS NOT NULL`,
      ...plan.feedIds,
    )!;
    // Nothing to mark, or an article whose server time is unknown: the id lists say it exactly.
    if (stats.unread === 0 || stats.unknown > 0 || stats.up_to === null) continue;
    const feeds = all<{ remote_id: string }>(
      db,
      `SELECT remote_id FROM feeds WHERE id IN (${feedList}) ORDER BY remote_id`,
      ...plan.feedIds,
    ).map((row) => row.remote_id);
    const id = upsertIntent(db, plan, stats.up_to, feeds, queuedAt);
    run(
      db,
      `UPDATE outbox SET mark_all = ? WHERE account_id = ? AND key = 'read' AND value = 1 AND mark_all IS NULL
         AND EXISTS (SELECT 1 FROM articles a WHERE a.id = outbox.article_id AND a.remote_id = outbox.remote_id
                     AND a.feed_id IN (${feedList}))`,
      id,
      plan.accountId,
      ...plan.feedIds,
    );
    queued += 1;
  }
  return queued;
}

/** A second mark-all of the same stream before the first was sent widens it rather than sending two. */
function upsertIntent(db: Db, plan: Plan, upTo: number, feeds: string[], queuedAt: number): number {
  const waiting = get<{ id: number; up_to: number }>(
    db,
    `SELECT id, up_to FROM outbox_mark_all WHERE account_id = ? AND scope = ? AND remote_id IS ? AND attempts = 0`,
    plan.accountId,
    plan.scope,
    plan.remoteId,
  );
  if (waiting) {
    run(
      db,
      'UPDATE outbox_mark_all SET up_to = ?, feeds = ?, queued_at = ? WHERE id = ?',
      Math.max(waiting.up_to, upTo),
      JSON.stringify(feeds),
      queuedAt,
      waiting.id,
    );
    return waiting.id;
  }
  return get<{ id: number }>(
    db,
    `INSERT INTO outbox_mark_all (account_id, scope, remote_id, up_to, feeds, queued_at)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    plan.accountId,
    plan.scope,
    plan.remoteId,
    upTo,
    JSON.stringify(feeds),
    queuedAt,
  )!.id;
}

interface FeedFacts {
  id: number;
  account_id: string;
  remote_id: string | null;
  archived: number;
  section_id: number | null;
  /** The account's `mark_all_on_server`. */
  capable: number;
}

const FEED_FACTS = `SELECT f.id, f.account_id, f.remote_id, f.archived, f.section_id, ac.mark_all_on_server AS capable
  FROM feeds f JOIN accounts ac ON ac.id = f.account_id`;

function plansFor(db: Db, target: MarkAllTarget): Plan[] {
  switch (target.kind) {
    case 'feed': {
      const feed = get<FeedFacts>(db, `${FEED_FACTS} WHERE f.id = ?`, target.feedId);
      if (!feed || !subscribedRemote(feed)) return [];
      return [{ accountId: feed.account_id, scope: 'feed', remoteId: feed.remote_id, feedIds: [feed.id] }];
    }
    case 'section': {
      const section = get<{ account_id: string; remote_id: string | null }>(
        db,
        'SELECT account_id, remote_id FROM sections WHERE id = ?',
        target.sectionId,
      );
      if (!section || section.account_id === LOCAL_ACCOUNT_ID || section.remote_id === null) return [];
      // The folder's feeds, and the feeds of every article filed under it: the same set only if they agree.
      const feeds = all<FeedFacts>(
        db,
        `${FEED_FACTS} WHERE f.section_id = ? OR f.id IN (SELECT DISTINCT feed_id FROM articles WHERE section_id = ?)`,
        target.sectionId,
        target.sectionId,
      );
      const same = feeds.every(
        (feed) =>
          feed.account_id === section.account_id && subscribedRemote(feed) && feed.section_id === target.sectionId,
      );
      if (!same || feeds.length === 0) return [];
      return [
        {
          accountId: section.account_id,
          scope: 'folder',
          remoteId: section.remote_id,
          feedIds: feeds.map((f) => f.id),
        },
      ];
    }
    case 'all': {
      const feeds = all<FeedFacts>(
        db,
        `${FEED_FACTS} WHERE ac.mark_all_on_server = 1 AND f.archived = 0 AND f.remote_id IS NOT NULL
         ORDER BY f.account_id, f.id`,
      );
      const byAccount = new Map<string, number[]>();
      for (const feed of feeds) {
        const list = byAccount.get(feed.account_id) ?? [];
        list.push(feed.id);
        byAccount.set(feed.account_id, list);
      }
      return [...byAccount].map(([accountId, feedIds]) => ({ accountId, scope: 'all', remoteId: null, feedIds }));
    }
  }
}

function subscribedRemote(feed: FeedFacts): boolean {
  return feed.capable === 1 && feed.account_id !== LOCAL_ACCOUNT_ID && feed.remote_id !== null && feed.archived === 0;
}

interface IntentRow {
  id: number;
  scope: MarkAllScope;
  remote_id: string | null;
  up_to: number;
  feeds: string;
  queued_at: number;
  attempts: number;
  last_error: string | null;
}

/** The account's intents, oldest first; taking them begins an attempt (as `pendingChanges` does). */
export function pendingMarkAlls(db: Db, accountId: string): MarkAllIntent[] {
  return transaction(db, () => {
    const rows = all<IntentRow>(
      db,
      `SELECT id, scope, remote_id, up_to, feeds, queued_at, attempts, last_error FROM outbox_mark_all
       WHERE account_id = ? ORDER BY id`,
      accountId,
    );
    run(db, 'UPDATE outbox_mark_all SET attempts = attempts + 1 WHERE account_id = ?', accountId);
    return rows.map((row) => ({
      id: row.id,
      scope: row.scope,
      remoteId: row.remote_id,
      upTo: row.up_to,
      feeds: parseFeeds(row.feeds),
      queuedAt: row.queued_at,
      attempts: row.attempts + 1,
      lastError: row.last_error,
    }));
  });
}

/**
 * The server marked the stream read: the read wishes the intent covered go (the server holds them now), an unread
 * wish made since stays, free to be sent after it. Returns how many read wishes went.
 */
export function confirmMarkAll(db: Db, accountId: string, intentId: number): number {
  return transaction(db, () => {
    const removed = run(
      db,
      `DELETE FROM outbox WHERE account_id = ? AND mark_all = ? AND key = 'read' AND value = 1`,
      accountId,
      intentId,
    );
    release(db, accountId, intentId);
    return removed;
  });
}

/**
 * The intent will not be sent (the stream no longer means the same set, the service has no such call, or the server
 * refused it for good: then `reason` is recorded): its wishes are sent as id lists instead.
 */
export function abandonMarkAll(
  db: Db,
  accountId: string,
  intent: MarkAllIntent,
  reason: string | null,
  at: number,
): void {
  transaction(db, () => {
    if (reason !== null) {
      run(
        db,
        'INSERT INTO outbox_rejected (account_id, remote_id, key, value, reason, at) VALUES (?, ?, ?, 1, ?, ?)',
        accountId,
        intent.remoteId ?? '',
        `mark-all:${intent.scope}`,
        reason.slice(0, 500),
        at,
      );
    }
    release(db, accountId, intent.id);
  });
}

/** A send that failed for now: the intent stays, with the error, for the next sync. */
export function recordMarkAllFailure(db: Db, accountId: string, intentId: number, error: string): void {
  run(
    db,
    'UPDATE outbox_mark_all SET last_error = ? WHERE account_id = ? AND id = ?',
    error.slice(0, 500),
    accountId,
    intentId,
  );
}

function release(db: Db, accountId: string, intentId: number): void {
  run(db, 'UPDATE outbox SET mark_all = NULL WHERE account_id = ? AND mark_all = ?', accountId, intentId);
  run(db, 'DELETE FROM outbox_mark_all WHERE account_id = ? AND id = ?', accountId, intentId);
}

function parseFeeds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}
