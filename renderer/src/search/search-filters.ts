import type { Feed } from '../../../electron/api/library-models';
import type { MethodArgs } from '../../../electron/api/contract';

/**
 * The search pane's filters and how they become `search.articles`
 * arguments. A date range is fixed when the reader picks it ("since" is an
 * instant, not "now minus a week" at every render), so the query stays the
 * same until the reader changes something.
 */
export type DateRange = 'any' | 'day' | 'week' | 'month';

export const DATE_RANGES: { value: DateRange; label: string; days: number | null }[] = [
  { value: 'any', label: 'Any time', days: null },
  { value: 'day', label: 'Past day', days: 1 },
  { value: 'week', label: 'Past week', days: 7 },
  { value: 'month', label: 'Past month', days: 30 },
];

export interface SearchFilters {
  sectionId: string;
  feedId: string;
  range: DateRange;
  /** ISO time the range starts at, set when the range was picked. */
  since: string | null;
  unreadOnly: boolean;
  bookmarkedOnly: boolean;
  limit: number;
}

export const INITIAL_FILTERS: SearchFilters = { sectionId: '', feedId: '', range: 'any', since: null, unreadOnly: false, bookmarkedOnly: false, limit: 50 };

/** Whether anything beyond the words narrows the results (the "show more" limit does not). */
export function isFiltered(filters: SearchFilters): boolean {
  return filters.sectionId !== '' || filters.feedId !== '' || filters.since !== null || filters.unreadOnly || filters.bookmarkedOnly;
}

export function withRange(filters: SearchFilters, range: DateRange, now = Date.now()): SearchFilters {
  const days = DATE_RANGES.find((option) => option.value === range)?.days ?? null;
  return { ...filters, range, since: days === null ? null : new Date(now - days * 86_400_000).toISOString() };
}

/** A section narrows the feeds on offer; a feed outside the new section is let go. */
export function withSection(filters: SearchFilters, sectionId: string, feeds: readonly Feed[]): SearchFilters {
  const keepFeed = sectionId === '' || feeds.some((feed) => feed.id === filters.feedId && feed.sectionId === sectionId);
  return { ...filters, sectionId, feedId: keepFeed ? filters.feedId : '' };
}

export function feedsIn(feeds: readonly Feed[], sectionId: string): Feed[] {
  return sectionId === '' ? [...feeds] : feeds.filter((feed) => feed.sectionId === sectionId);
}

export function toSearchQuery(query: string, filters: SearchFilters): MethodArgs<'search.articles'>[0] {
  return {
    query,
    sectionId: filters.sectionId || undefined,
    feedId: filters.feedId || undefined,
    since: filters.since ?? undefined,
    unreadOnly: filters.unreadOnly,
    bookmarkedOnly: filters.bookmarkedOnly,
    limit: Math.min(filters.limit, 100),
  };
}
