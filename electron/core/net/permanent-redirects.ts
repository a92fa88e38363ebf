/**
 * Decides when a feed's stored URL should follow a permanent redirect.
 * One 301 can be a misconfiguration or a captive portal; the same target on
 * several consecutive refreshes is a real move. The streak is plain data the
 * sync engine stores with the feed.
 */
import type { FetchResult } from './fetch-result';

export interface RedirectStreak {
  target: string;
  count: number;
}

export interface RedirectDecision {
  streak: RedirectStreak | null;
  /** Set once: the URL the feed should now be stored under. */
  adopt?: string;
}

export const PERMANENT_REDIRECT_THRESHOLD = 3;

export function observeRedirect(
  streak: RedirectStreak | null,
  result: FetchResult,
  feedUrl: string,
  threshold = PERMANENT_REDIRECT_THRESHOLD,
): RedirectDecision {
  // A failed refresh says nothing about where the feed lives: keep counting from where we were.
  if (result.kind !== 'ok' && result.kind !== 'not-modified') return { streak };
  const target = result.permanentRedirect;
  if (!target || target === feedUrl) return { streak: null };
  const count = streak?.target === target ? streak.count + 1 : 1;
  if (count >= threshold) return { streak: null, adopt: target };
  return { streak: { target, count } };
}
