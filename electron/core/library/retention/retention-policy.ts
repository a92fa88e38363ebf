/**
 * The retention rule as a pure function, the one the SQL in run-retention.ts
 * implements: an article goes when it is older than the age limit, is not
 * among the newest `keepLatestPerFeed` of its feed, is not bookmarked, and is
 * not unread while the reader keeps unread articles.
 */
import type { RetentionPolicy } from '../../../api/library-queries';

export const DAY_MS = 86_400_000;

export interface ArticleFacts {
  sortTime: number;
  /** 1 for the newest article of its feed. */
  rankInFeed: number;
  bookmarked: boolean;
  read: boolean;
}

export function retentionCutoff(policy: RetentionPolicy, now: number): number {
  return now - policy.maxAgeDays * DAY_MS;
}

export function isRemovable(article: ArticleFacts, policy: RetentionPolicy, now: number): boolean {
  if (article.bookmarked) return false;
  if (policy.keepUnread && !article.read) return false;
  if (article.rankInFeed <= policy.keepLatestPerFeed) return false;
  return article.sortTime < retentionCutoff(policy, now);
}
