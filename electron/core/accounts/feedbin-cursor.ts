/**
 * What a Feedbin account keeps between syncs: the `created_at` of the newest entry it has seen, exactly as Feedbin
 * wrote it (ISO 8601 with microseconds). The next sync asks `entries.json?since=` with it: the API docs warn that a
 * rounded time brings entries twice (feedbin-api README.md, "Dates"). Read back from the account row, the text is
 * checked: anything else starts over as a first sync rather than reaching the server as a query.
 */

export interface FeedbinCursor {
  /** The newest entry's `created_at` as Feedbin wrote it, or null before the first sync that saw one. */
  since: string | null;
}

const FEEDBIN_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/** The cursor kept in the account row, checked; null `since` for anything that is not a Feedbin time. */
export function feedbinCursorOf(state: unknown): FeedbinCursor {
  const since = (state as { since?: unknown } | null)?.since;
  return { since: typeof since === 'string' && microsOf(since) !== null ? since : null };
}

/** A Feedbin time in microseconds since 1970 (exact: they stay below 2^53 until the year 2255), or null. */
export function microsOf(text: string): number | null {
  const match = FEEDBIN_TIME.exec(text);
  if (!match) return null;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (!Number.isFinite(seconds)) return null;
  return seconds * 1000 + Number((match[2] ?? '').padEnd(6, '0').slice(0, 6));
}

/** The later of two Feedbin times (either may be null); a text that is not one never wins. */
export function laterTime(a: string | null, b: string | null): string | null {
  const [am, bm] = [a === null ? null : microsOf(a), b === null ? null : microsOf(b)];
  if (bm === null) return am === null ? null : a;
  if (am === null) return b;
  return bm > am ? b : a;
}

/** `since` for "received in the last `days` days" before `now` (epoch ms), in Feedbin's format. */
export function sinceDaysAgo(now: number, days: number): string {
  return new Date(now - days * 86_400_000).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
