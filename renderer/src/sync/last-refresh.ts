/** When feeds were last brought up to date, in words. Failed attempts are not updates, so only successes count. */
import type { Feed } from '@contract/library-models';
import type { SyncFinished } from '@contract/methods/sync';

/**
 * The latest of a run that finished in this window with at least one feed updated, and the feeds' own last
 * successes (which survive restarts).
 */
export function lastRefreshAt(
  seen: string | null,
  lastRun: SyncFinished | null,
  feeds: readonly Feed[],
): string | null {
  const runUpdatedSome = lastRun !== null && lastRun.done > lastRun.failures.length;
  let latest = seen && runUpdatedSome ? Date.parse(seen) : Number.NEGATIVE_INFINITY;
  for (const feed of feeds) {
    const at = feed.sync.lastSuccessAt ? Date.parse(feed.sync.lastSuccessAt) : Number.NaN;
    if (at > latest) latest = at;
  }
  return Number.isFinite(latest) ? new Date(latest).toISOString() : null;
}

const MINUTE = 60_000;

/** "just now", "5 min ago", "3 h ago", "12 Mar". */
export function agoLabel(iso: string, now = Date.now()): string {
  const ago = Math.max(0, now - Date.parse(iso));
  if (ago < MINUTE) return 'just now';
  if (ago < 60 * MINUTE) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < 24 * 60 * MINUTE) return `${Math.floor(ago / (60 * MINUTE))} h ago`;
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** "Updated just now", "Updated 5 min ago", "Updated 3 h ago", "Updated 12 Mar". */
export function updatedLabel(iso: string | null, now = Date.now()): string {
  return iso ? `Updated ${agoLabel(iso, now)}` : 'Not refreshed yet';
}
