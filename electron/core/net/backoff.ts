/**
 * When to try a failing feed again. Exponential so a dead server is not
 * hammered; jittered so feeds that failed together (the laptop was offline)
 * do not all retry in the same second; capped so a feed that comes back is
 * noticed within a day. A server's Retry-After wins when it asks for longer.
 */

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** In [0, 1); injectable so tests are deterministic. */
  random?: () => number;
  /** From a 429/503: never retry before this. */
  retryAfter?: Date;
}

export const backoffDefaults = {
  baseMs: 5 * 60_000,
  maxMs: 24 * 60 * 60_000,
} as const;

/** `failures` counts consecutive failed attempts, including the one that just happened. */
export function nextAttemptAt(failures: number, now: Date, options: BackoffOptions = {}): Date {
  const baseMs = options.baseMs ?? backoffDefaults.baseMs;
  const maxMs = options.maxMs ?? backoffDefaults.maxMs;
  const random = options.random ?? Math.random;
  let delayMs = 0;
  if (failures > 0) {
    // Clamp the exponent first: 2 ** 2000 is Infinity and Infinity * 0 is NaN.
    const exponential = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 52));
    // "Equal jitter": half fixed, half random, so the wait never collapses to zero.
    const jitter = Math.min(Math.max(random(), 0), 1);
    delayMs = exponential / 2 + (exponential / 2) * jitter;
  }
  const computed = now.getTime() + delayMs;
  const requested = options.retryAfter?.getTime();
  const until =
    requested !== undefined && Number.isFinite(requested)
      ? Math.max(computed, Math.min(requested, now.getTime() + maxMs))
      : computed;
  return new Date(until);
}
