import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import type { ListScope } from '@contract/library-queries';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

export const PAGE_SIZE = 100;
/** One empty list for every empty state, so effects that depend on `items` do not rerun. */
const NO_ITEMS: ArticleSummary[] = [];

export interface ListRequest {
  scope: ListScope;
  order: 'newest' | 'oldest';
  unreadOnly: boolean;
  /** Mixed lists only: each section's articles together. */
  groupBy?: 'day' | 'section';
}

interface Loaded {
  key: string;
  items: ArticleSummary[];
  nextCursor: string | null;
  error: Error | null;
  loadingMore: boolean;
  moreError: Error | null;
}

export interface ArticlePages {
  status: 'loading' | 'ready' | 'error';
  items: ArticleSummary[];
  error: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: Error | null;
  loadMore: () => void;
  retry: () => void;
}

/**
 * One list's pages, fetched with the core's keyset cursor as the reader
 * scrolls. A new request (scope, order, filter) starts over; answers for an
 * older request are dropped, and each cursor is fetched at most once.
 */
export function useArticlePages(request: ListRequest): ArticlePages {
  const api = useApi();
  const key = JSON.stringify(request);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const inFlight = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    const query = { ...(JSON.parse(key) as ListRequest), limit: PAGE_SIZE };
    const settle = (items: ArticleSummary[], nextCursor: string | null, error: Error | null) =>
      current && setLoaded({ key, items, nextCursor, error, loadingMore: false, moreError: null });
    api.call('articles.list', query).then(
      (page) => settle(page.items, page.nextCursor, null),
      (error: unknown) => settle([], null, toError(error)),
    );
    return () => {
      current = false;
    };
  }, [api, key, attempt]);

  const state = loaded?.key === key ? loaded : null;
  const cursor = state?.nextCursor ?? null;

  const loadMore = useCallback(() => {
    if (!cursor || inFlight.current === cursor) return;
    inFlight.current = cursor;
    const update = (change: (current: Loaded) => Loaded) =>
      setLoaded((current) =>
        current && current.key === key && current.nextCursor === cursor ? change(current) : current,
      );
    update((current) => ({ ...current, loadingMore: true, moreError: null }));
    api.call('articles.list', { ...(JSON.parse(key) as ListRequest), limit: PAGE_SIZE, cursor }).then(
      (page) => {
        inFlight.current = null;
        update((current) => ({
          ...current,
          items: appendNew(current.items, page.items),
          nextCursor: page.nextCursor,
          loadingMore: false,
        }));
      },
      (error: unknown) => {
        inFlight.current = null;
        update((current) => ({ ...current, loadingMore: false, moreError: toError(error) }));
      },
    );
  }, [api, key, cursor]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    status: !state ? 'loading' : state.error ? 'error' : 'ready',
    items: state?.items ?? NO_ITEMS,
    error: state?.error ?? null,
    hasMore: cursor !== null,
    loadingMore: state?.loadingMore ?? false,
    moreError: state?.moreError ?? null,
    loadMore,
    retry,
  };
}

/** A row can shift pages when articles arrive between fetches; show it once. */
function appendNew(items: ArticleSummary[], more: ArticleSummary[]): ArticleSummary[] {
  const seen = new Set(items.map((item) => item.id));
  return [...items, ...more.filter((item) => !seen.has(item.id))];
}
