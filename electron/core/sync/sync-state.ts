/**
 * A feed as the sync engine sees it (address, options, validators, failures, redirect streak) and what a
 * refresh records about it. The writing is the tables' (`library/tables/feed-sync-table.ts` owns `feed_sync`,
 * `feeds-table.ts` owns `feeds`); this module names the engine's steps: a new address, gone, new metadata.
 */
import { get, type Db } from '../db/sql';
import {
  recordFailure,
  recordGone,
  recordSuccess,
  saveRedirectStreak as saveStoredStreak,
  type FailureRecord,
  type SuccessRecord,
} from '../library/tables/feed-sync-table';
import { changeFeedUrl, fillFeedMetadata, pauseFeed, type FeedMetadata } from '../library/tables/feeds-table';
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
  saveStoredStreak(db, rowId, streak);
}

export { recordFailure, recordSuccess, type FailureRecord, type SuccessRecord };

/** A 410: the publisher says the feed will not come back. Pausing stops the attempts; the articles stay. */
export function markGone(db: Db, rowId: number, now: number, message: string): void {
  pauseFeed(db, rowId);
  recordGone(db, rowId, now, message);
}

/** Returns false when another subscription already has that address (then the old one is kept). */
export function adoptUrl(db: Db, rowId: number, url: string): boolean {
  return changeFeedUrl(db, rowId, url);
}

export type { FeedMetadata };

/**
 * Fills in what the reader did not choose: a title still equal to the host
 * name `addFeed` used as a placeholder, and missing site and icon links.
 */
export function fillMetadata(db: Db, rowId: number, url: string, meta: FeedMetadata): void {
  fillFeedMetadata(db, rowId, URL.parse(url)?.hostname ?? '', meta);
}
