/**
 * Reads Retry-After (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * Hostile or broken values must not park a feed forever or hammer a server,
 * so the wait is clamped between "now" and a cap, with a default when the
 * header is missing or unreadable.
 */

export const retryAfterDefaults = {
  /** When a 429/503 gives no usable hint. */
  defaultMs: 15 * 60_000,
  /** Never wait longer than this, whatever the server says. */
  maxMs: 24 * 60 * 60_000,
} as const;

export interface RetryAfterOptions {
  defaultMs?: number;
  maxMs?: number;
}

export function retryAfterUntil(header: string | undefined, now: Date, options: RetryAfterOptions = {}): Date {
  const defaultMs = options.defaultMs ?? retryAfterDefaults.defaultMs;
  const maxMs = options.maxMs ?? retryAfterDefaults.maxMs;
  const waitMs = parseWaitMs(header?.trim() ?? '', now) ?? defaultMs;
  return new Date(now.getTime() + Math.min(Math.max(waitMs, 0), maxMs));
}

function parseWaitMs(value: string, now: Date): number | undefined {
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // HTTP-dates (all three RFC 9110 forms) start with a weekday; Date.parse alone accepts far too much ("1", "May").
  if (!/^[A-Za-z]{3,9},?\s+\S/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at - now.getTime();
}
