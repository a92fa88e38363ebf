/**
 * Times as a reader wants them: "14:05" today, "Yesterday", a weekday this
 * week, a date beyond. Functions take `now` so tests are stable.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The local calendar day a time falls on, as a sortable key. */
export function dayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export function dayLabel(iso: string, now = Date.now()): string {
  const days = Math.round((startOfDay(now) - startOfDay(Date.parse(iso))) / DAY);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const date = new Date(iso);
  if (days > 1 && days < 7) return date.toLocaleDateString(undefined, { weekday: 'long' });
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric' });
}

/** Short time for list rows: minutes ago within the hour, the clock time today, a date otherwise. */
export function shortTime(iso: string, now = Date.now()): string {
  const time = Date.parse(iso);
  const ago = now - time;
  if (ago >= 0 && ago < MINUTE) return 'Just now';
  if (ago >= 0 && ago < 60 * MINUTE) return `${Math.floor(ago / MINUTE)} min ago`;
  if (startOfDay(time) === startOfDay(now)) return new Date(time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return new Date(time).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** Full date and time for the article header. */
export function longTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** Minutes to read at an unhurried 230 words a minute; never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
