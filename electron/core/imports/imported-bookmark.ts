/**
 * One bookmark read from another app's export, before it is checked and
 * stored. Times are milliseconds since the epoch.
 */
export interface ImportedBookmark {
  url: string;
  title: string;
  addedAt: number | null;
  tags: string[];
  note: string;
  /** The other app had it archived or read. */
  read: boolean;
}

/** Seconds (what exports write), milliseconds, or a date string; null when it is none of these. */
export function parseTime(raw: string | undefined): number | null {
  const value = raw?.trim();
  if (!value) return null;
  if (/^\d{1,16}$/.test(value)) {
    const n = Number(value);
    if (n === 0) return null;
    // Ten digits or fewer are seconds (until the year 2286); more are milliseconds (or microseconds from Firefox).
    const ms = n < 1e11 ? n * 1000 : n < 1e14 ? n : Math.trunc(n / 1000);
    return ms;
  }
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Tags as exports write them: "a,b", "a|b", "a; b", trimmed, without empties or repeats. */
export function splitTags(raw: string | undefined): string[] {
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(/[,|;]/)
        .map((tag) => tag.trim())
        .filter((tag) => tag.length > 0),
    ),
  ];
}
