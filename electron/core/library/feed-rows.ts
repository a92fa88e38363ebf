/** How a feed row (joined with its sync state) becomes the contract's Feed. */
import { FAILURE_CAUSES, type FailureCause, type Feed } from '../../api/library-models';
import { isoOrNull, optionalId, toIdString } from './row-ids';

export const FEED_COLUMNS = `f.id, f.account_id, f.url, f.site_url, f.title, f.icon_url, f.section_id, f.position,
  f.full_text, f.refresh_minutes, f.paused, f.article_count, f.unread_count,
  s.last_attempt_at, s.last_success_at, s.last_error, s.last_error_cause, s.consecutive_failures, s.next_due_at`;

export const FEED_FROM = 'feeds f LEFT JOIN feed_sync s ON s.feed_id = f.id';

export interface FeedRow {
  id: number;
  account_id: string;
  url: string;
  site_url: string | null;
  title: string;
  icon_url: string | null;
  section_id: number | null;
  position: number;
  full_text: number;
  refresh_minutes: number | null;
  paused: number;
  article_count: number;
  unread_count: number;
  last_attempt_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  last_error_cause: string | null;
  consecutive_failures: number | null;
  next_due_at: number | null;
}

export function toFeed(row: FeedRow): Feed {
  return {
    id: toIdString(row.id),
    accountId: row.account_id,
    url: row.url,
    siteUrl: row.site_url,
    title: row.title,
    iconUrl: row.icon_url,
    sectionId: optionalId(row.section_id),
    position: row.position,
    options: { fullText: row.full_text === 1, refreshMinutes: row.refresh_minutes, paused: row.paused === 1 },
    articleCount: row.article_count,
    unreadCount: row.unread_count,
    sync: {
      lastAttemptAt: isoOrNull(row.last_attempt_at),
      lastSuccessAt: isoOrNull(row.last_success_at),
      lastError: row.last_error,
      lastErrorCause: row.last_error === null ? null : failureCause(row.last_error_cause),
      consecutiveFailures: row.consecutive_failures ?? 0,
      nextDueAt: isoOrNull(row.next_due_at),
    },
  };
}

/** A cause the column holds, or 'other' for one this version does not know (or an error from before causes). */
function failureCause(value: string | null): FailureCause {
  return (FAILURE_CAUSES as readonly string[]).includes(value ?? '') ? (value as FailureCause) : 'other';
}
