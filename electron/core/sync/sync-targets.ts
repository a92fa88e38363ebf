/**
 * Which feeds a refresh covers: the local account's only (a sync service's
 * feeds come with its account's sync, never by polling their addresses here).
 * Paused feeds are skipped by "all", sections and the schedule; asking for one
 * feed by name refreshes it even if paused, which is how a reader checks
 * whether a gone feed came back.
 */
import type { SyncTarget } from '../../api/methods/sync';
import { all, stmt, type Db } from '../db/sql';
import { requireFeed } from '../library/feeds';
import { requireSection } from '../library/sections';
import { LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';

export function feedsFor(db: Db, target: SyncTarget): number[] {
  if (target.kind === 'feed') {
    const feed = requireFeed(db, target.id);
    return all(db, 'SELECT id FROM feeds WHERE id = ? AND account_id = ?', feed, LOCAL_ACCOUNT_ID).length > 0
      ? [feed]
      : [];
  }
  if (target.kind === 'failed') {
    // Paused feeds stay out, gone ones included: the reader retries those one by one.
    return ids(
      all(
        db,
        `SELECT f.id FROM feeds f JOIN feed_sync s ON s.feed_id = f.id
         WHERE f.account_id = ? AND f.archived = 0 AND f.paused = 0 AND s.last_error IS NOT NULL
         ORDER BY f.section_id, f.position, f.id`,
        LOCAL_ACCOUNT_ID,
      ),
    );
  }
  if (target.kind === 'section') {
    const section = requireSection(db, target.id);
    return ids(
      all(
        db,
        'SELECT id FROM feeds WHERE section_id = ? AND account_id = ? AND archived = 0 AND paused = 0 ORDER BY position, id',
        section,
        LOCAL_ACCOUNT_ID,
      ),
    );
  }
  return ids(
    all(
      db,
      'SELECT id FROM feeds WHERE account_id = ? AND archived = 0 AND paused = 0 ORDER BY section_id, position, id',
      LOCAL_ACCOUNT_ID,
    ),
  );
}

/**
 * When a feed is next due, in SQL so the schedule is one query over `feeds`:
 * a failing feed waits for its backoff (or the server's Retry-After); a
 * healthy one for its interval after the last attempt; a new one at once.
 */
const DUE_AT = `CASE
    WHEN s.consecutive_failures > 0 THEN COALESCE(s.next_due_at, 0)
    WHEN s.last_attempt_at IS NULL THEN 0
    ELSE s.last_attempt_at + COALESCE(f.refresh_minutes, :interval) * 60000
  END`;
const ACTIVE = `FROM feeds f LEFT JOIN feed_sync s ON s.feed_id = f.id
  WHERE f.account_id = '${LOCAL_ACCOUNT_ID}' AND f.archived = 0 AND f.paused = 0`;

export function dueFeeds(db: Db, now: number, intervalMinutes: number): number[] {
  return ids(
    stmt(db, `SELECT f.id ${ACTIVE} AND ${DUE_AT} <= :now ORDER BY ${DUE_AT}, f.id`).all({
      now,
      interval: intervalMinutes,
    }),
  );
}

/** The earliest due time of any active feed, or null when there is none. */
export function nextDueAt(db: Db, intervalMinutes: number): number | null {
  const row = stmt(db, `SELECT MIN(${DUE_AT}) AS due ${ACTIVE}`).get({ interval: intervalMinutes }) as
    { due: number | null } | undefined;
  return row?.due ?? null;
}

function ids(rows: unknown[]): number[] {
  return (rows as { id: number }[]).map((row) => row.id);
}
