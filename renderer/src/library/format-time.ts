/**
 * Times as a reader wants them: "14:05" today, "Yesterday", a weekday this
 * week, a date beyond. Functions take `now` so tests are stable.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// `toLocale…String` with options builds a new Intl.DateTimeFormat on every call (a fraction of a
// millisecond each); list rows format a time each render, and that cost ~25 ms per article opened.
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(time: number | Date, options: Intl.DateTimeFormatOptions): string {
  // As toLocale…String does; Intl's format would throw.
  if (Number.isNaN(Number(time))) return 'Invalid Date';
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(undefined, options)));
  return formatter.format(time);
}

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
  if (days > 1 && days < 7) return format(date, { weekday: 'long' });
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return format(
    date,
    sameYear
      ? { weekday: 'long', day: 'numeric', month: 'long' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  );
}

/** Short time for list rows: minutes ago within the hour, the clock time today, a date otherwise. */
export function shortTime(iso: string, now = Date.now()): string {
  const time = Date.parse(iso);
  const ago = now - time;
  if (ago >= 0 && ago < MINUTE) return 'Just now';
  if (ago >= 0 && ago < 60 * MINUTE) return `${Math.floor(ago / MINUTE)} min ago`;
  if (startOfDay(time) === startOfDay(now)) return format(time, { hour: '2-digit', minute: '2-digit' });
  return format(time, { day: 'numeric', month: 'short' });
}

/** Full date and time for the article header. */
export function longTime(iso: string): string {
  return format(new Date(iso), { dateStyle: 'long', timeStyle: 'short' });
}

/** Minutes to read at an unhurried 230 words a minute; never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
