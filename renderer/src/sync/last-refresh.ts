import type { Feed } from '@contract/library-models';

/** The latest of a finished run seen by this window and the feeds' own last attempts (which survive restarts). */
export function lastRefreshAt(seen: string | null, feeds: readonly Feed[]): string | null {
  let latest = seen ? Date.parse(seen) : Number.NEGATIVE_INFINITY;
  for (const feed of feeds) {
    const at = feed.sync.lastAttemptAt ? Date.parse(feed.sync.lastAttemptAt) : Number.NaN;
    if (at > latest) latest = at;
  }
  return Number.isFinite(latest) ? new Date(latest).toISOString() : null;
}

const MINUTE = 60_000;

/** "Updated just now", "Updated 5 min ago", "Updated 3 h ago", "Updated 12 Mar". */
export function updatedLabel(iso: string | null, now = Date.now()): string {
  if (!iso) return 'Not refreshed yet';
  const ago = Math.max(0, now - Date.parse(iso));
  if (ago < MINUTE) return 'Updated just now';
  if (ago < 60 * MINUTE) return `Updated ${Math.floor(ago / MINUTE)} min ago`;
  if (ago < 24 * 60 * MINUTE) return `Updated ${Math.floor(ago / (60 * MINUTE))} h ago`;
  return `Updated ${new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}`;
}
