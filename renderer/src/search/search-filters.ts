/**
 * The search pane's filters and how they become `search.articles`
 * arguments. A date range is fixed when the reader picks it ("since" is an
 * instant, not "now minus a week" at every render), so the query stays the
 * same until the reader changes something.
 */
import { LIMITS, type Feed } from '@contract/library-models';
import type { MethodArgs } from '@contract/contract';

export type DateRange = 'any' | 'day' | 'week' | 'month' | 'custom';

export const DATE_RANGES: { value: DateRange; label: string; days: number | null }[] = [
  { value: 'any', label: 'Any time', days: null },
  { value: 'day', label: 'Past day', days: 1 },
  { value: 'week', label: 'Past week', days: 7 },
  { value: 'month', label: 'Past month', days: 30 },
  { value: 'custom', label: 'Between dates…', days: null },
];

export interface SearchFilters {
  sectionId: string;
  feedId: string;
  range: DateRange;
  /** ISO time the range starts at, set when the range was picked. */
  since: string | null;
  /** ISO time the range ends before (exclusive); only a custom range has one. */
  until: string | null;
  /** A custom range's days as the date inputs hold them (YYYY-MM-DD, '' when open). */
  from: string;
  to: string;
  unreadOnly: boolean;
  bookmarkedOnly: boolean;
  limit: number;
}

export const INITIAL_FILTERS: SearchFilters = {
  sectionId: '',
  feedId: '',
  range: 'any',
  since: null,
  until: null,
  from: '',
  to: '',
  unreadOnly: false,
  bookmarkedOnly: false,
  limit: 50,
};

/** Whether anything beyond the words narrows the results (the "show more" limit does not). */
export function isFiltered(filters: SearchFilters): boolean {
  return (
    filters.sectionId !== '' ||
    filters.feedId !== '' ||
    filters.since !== null ||
    filters.until !== null ||
    filters.unreadOnly ||
    filters.bookmarkedOnly
  );
}

export function withRange(filters: SearchFilters, range: DateRange, now = Date.now()): SearchFilters {
  if (range === 'custom') return withDates({ ...filters, range }, filters.from, filters.to);
  const days = DATE_RANGES.find((option) => option.value === range)?.days ?? null;
  return {
    ...filters,
    range,
    since: days === null ? null : new Date(now - days * 86_400_000).toISOString(),
    until: null,
  };
}

/**
 * A custom range from the start of the reader's local day `from` to the end
 * of their local day `to`, both included; either may be left open, and a
 * range given backwards is read the right way round.
 */
export function withDates(filters: SearchFilters, from: string, to: string): SearchFilters {
  const [first, last] = from !== '' && to !== '' && from > to ? [to, from] : [from, to];
  const start = localDayStart(first);
  const end = localDayStart(last);
  return {
    ...filters,
    from,
    to,
    since: start === null ? null : start.toISOString(),
    until: end === null ? null : new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).toISOString(),
  };
}

function localDayStart(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
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
    until: filters.until ?? undefined,
    unreadOnly: filters.unreadOnly,
    bookmarkedOnly: filters.bookmarkedOnly,
    limit: Math.min(filters.limit, LIMITS.searchHits),
  };
}
