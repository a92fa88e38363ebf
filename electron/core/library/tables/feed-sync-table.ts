/**
 * The one writer of `feed_sync`: what the sync engine remembers per feed between refreshes (validators, last
 * outcome, failures, when to try next, a permanent-redirect streak). Every row is made with its feed
 * (`createFeedSync`); the writers below make it too, for feeds added by hand in tests or before sync existed.
 */
import type { FailureCause } from '../../../api/library-models';
import { run, type Db } from '../../db/sql';

/** Where the last refreshes were permanently redirected to, and how many in a row. */
export interface StoredRedirectStreak {
  target: string;
  count: number;
}

export interface SuccessRecord {
  now: number;
  nextDueAt: number;
  /** Undefined keeps the stored validators (a 304 does not always repeat them). */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FailureRecord {
  now: number;
  message: string;
  cause: FailureCause;
  failures: number;
  nextDueAt: number;
}

export function createFeedSync(db: Db, feedId: number): void {
  run(db, 'INSERT OR IGNORE INTO feed_sync (feed_id) VALUES (?)', feedId);
}

export function saveRedirectStreak(db: Db, feedId: number, streak: StoredRedirectStreak | null): void {
  createFeedSync(db, feedId);
  run(
    db,
    'UPDATE feed_sync SET redirect_target = ?, redirect_count = ? WHERE feed_id = ?',
    streak?.target ?? null,
    streak?.count ?? 0,
    feedId,
  );
}

export function recordSuccess(db: Db, feedId: number, record: SuccessRecord): void {
  createFeedSync(db, feedId);
  run(
    db,
    `UPDATE feed_sync SET last_attempt_at = ?, last_success_at = ?, last_error = NULL, last_error_cause = NULL, consecutive_failures = 0, next_due_at = ?,
       etag = CASE WHEN ? THEN ? ELSE etag END, last_modified = CASE WHEN ? THEN ? ELSE last_modified END
     WHERE feed_id = ?`,
    record.now,
    record.now,
    record.nextDueAt,
    record.etag !== undefined ? 1 : 0,
    record.etag ?? null,
    record.lastModified !== undefined ? 1 : 0,
    record.lastModified ?? null,
    feedId,
  );
}

export function recordFailure(db: Db, feedId: number, record: FailureRecord): void {
  createFeedSync(db, feedId);
  run(
    db,
    'UPDATE feed_sync SET last_attempt_at = ?, last_error = ?, last_error_cause = ?, consecutive_failures = ?, next_due_at = ? WHERE feed_id = ?',
    record.now,
    record.message,
    record.cause,
    record.failures,
    record.nextDueAt,
    feedId,
  );
}

/** A 410: no next attempt is planned (the feed itself is paused by `pauseFeed`). */
export function recordGone(db: Db, feedId: number, now: number, message: string): void {
  createFeedSync(db, feedId);
  run(
    db,
    "UPDATE feed_sync SET last_attempt_at = ?, last_error = ?, last_error_cause = 'gone', next_due_at = NULL WHERE feed_id = ?",
    now,
    message,
    feedId,
  );
}
