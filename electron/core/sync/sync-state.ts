/**
 * The only writer of `feed_sync`: what the sync engine remembers per feed
 * between refreshes (validators, last outcome, failures, when to try next).
 * Feed rows themselves are touched only for the three things a refresh
 * learns about a feed: its new address, that it is gone, and its metadata.
 */
import type { FailureCause } from '../../api/library-models';
import { get, run, type Db } from '../db/sql';
import type { RedirectStreak } from '../net/permanent-redirects';

export interface FeedTarget {
  rowId: number;
  id: string;
  url: string;
  title: string;
  fullText: boolean;
  /** The feed's own interval; null uses the app-wide one. */
  refreshMinutes: number | null;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  /** Where the last refreshes were permanently redirected to, and how many in a row. */
  redirect: RedirectStreak | null;
}

interface TargetRow {
  id: number;
  url: string;
  title: string;
  full_text: number;
  refresh_minutes: number | null;
  etag: string | null;
  last_modified: string | null;
  consecutive_failures: number | null;
  redirect_target: string | null;
  redirect_count: number | null;
}

export function readTarget(db: Db, rowId: number): FeedTarget | null {
  const row = get<TargetRow>(
    db,
    `SELECT f.id, f.url, f.title, f.full_text, f.refresh_minutes, s.etag, s.last_modified, s.consecutive_failures, s.redirect_target, s.redirect_count
     FROM feeds f LEFT JOIN feed_sync s ON s.feed_id = f.id WHERE f.id = ? AND f.archived = 0`,
    rowId,
  );
  if (!row) return null;
  return {
    rowId: row.id,
    id: String(row.id),
    url: row.url,
    title: row.title,
    fullText: row.full_text === 1,
    refreshMinutes: row.refresh_minutes,
    etag: row.etag,
    lastModified: row.last_modified,
    consecutiveFailures: row.consecutive_failures ?? 0,
    redirect: row.redirect_target ? { target: row.redirect_target, count: row.redirect_count ?? 0 } : null,
  };
}

/** Keeps a feed's permanent-redirect streak across refreshes and restarts (null clears it). */
export function saveRedirectStreak(db: Db, rowId: number, streak: RedirectStreak | null): void {
  ensureRow(db, rowId);
  run(
    db,
    'UPDATE feed_sync SET redirect_target = ?, redirect_count = ? WHERE feed_id = ?',
    streak?.target ?? null,
    streak?.count ?? 0,
    rowId,
  );
}

export interface SuccessRecord {
  now: number;
  nextDueAt: number;
  /** Undefined keeps the stored validators (a 304 does not always repeat them). */
  etag?: string | null;
  lastModified?: string | null;
}

export function recordSuccess(db: Db, rowId: number, record: SuccessRecord): void {
  ensureRow(db, rowId);
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
    rowId,
  );
}

export interface FailureRecord {
  now: number;
  message: string;
  cause: FailureCause;
  failures: number;
  nextDueAt: number;
}

export function recordFailure(db: Db, rowId: number, record: FailureRecord): void {
  ensureRow(db, rowId);
  run(
    db,
    'UPDATE feed_sync SET last_attempt_at = ?, last_error = ?, last_error_cause = ?, consecutive_failures = ?, next_due_at = ? WHERE feed_id = ?',
    record.now,
    record.message,
    record.cause,
    record.failures,
    record.nextDueAt,
    rowId,
  );
}

/** A 410: the publisher says the feed will not come back. Pausing stops the attempts; the articles stay. */
export function markGone(db: Db, rowId: number, now: number, message: string): void {
  ensureRow(db, rowId);
  run(db, 'UPDATE feeds SET paused = 1 WHERE id = ?', rowId);
  run(
    db,
    "UPDATE feed_sync SET last_attempt_at = ?, last_error = ?, last_error_cause = 'gone', next_due_at = NULL WHERE feed_id = ?",
    now,
    message,
    rowId,
  );
}

/** Returns false when another subscription already has that address (then the old one is kept). */
export function adoptUrl(db: Db, rowId: number, url: string): boolean {
  if (get(db, 'SELECT 1 AS x FROM feeds WHERE url = ? AND id <> ?', url, rowId)) return false;
  run(db, 'UPDATE feeds SET url = ? WHERE id = ?', url, rowId);
  return true;
}

export interface FeedMetadata {
  title: string;
  siteUrl?: string;
  iconUrl?: string;
}

/**
 * Fills in what the reader did not choose: a title still equal to the host
 * name `addFeed` used as a placeholder, and missing site and icon links.
 */
export function fillMetadata(db: Db, rowId: number, url: string, meta: FeedMetadata): void {
  const placeholder = URL.parse(url)?.hostname ?? '';
  const title = meta.title.trim().slice(0, 500);
  run(
    db,
    `UPDATE feeds SET title = CASE WHEN title = ? AND ? <> '' THEN ? ELSE title END,
       site_url = COALESCE(site_url, ?), icon_url = COALESCE(icon_url, ?) WHERE id = ?`,
    placeholder,
    title,
    title,
    meta.siteUrl ?? null,
    meta.iconUrl ?? null,
    rowId,
  );
}

// Feeds added before the sync engine existed, or by hand in tests, may lack their row.
function ensureRow(db: Db, rowId: number): void {
  run(db, 'INSERT OR IGNORE INTO feed_sync (feed_id) VALUES (?)', rowId);
}
