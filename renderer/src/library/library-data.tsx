/**
 * The library as the whole window shows it: sections, feeds and counts,
 * loaded once and provided to the sidebar, the middle pane, the dialogs and
 * the settings, rather than handed down through every component between.
 * Sections and feeds load again when the counts change, after every sync run
 * (a run changes feeds' errors and last-refresh times even when no article
 * is new), when an account changes (added, removed, or a sync service's sync
 * began or ended: its folders and subscriptions may have changed), when
 * `reloadKey` changes (core recoveries) and on `reload()`.
 */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Feed } from '@contract/library-models';
import type { Counts } from '@contract/library-queries';
import type { Section } from '@contract/models';
import { useApiEvent } from '../hooks/use-api-event';
import { useCounts } from '../hooks/use-counts';
import { useQuery, type Query } from '../hooks/use-query';

export interface LibraryData {
  /** The sections as loading, loaded or failed: the sidebar shows each state. */
  sectionsQuery: Query<Section[]>;
  /** The sections once loaded; none while loading or after a failure. */
  sections: Section[];
  feeds: Feed[];
  /** Unread and bookmark counts; null until the first answer. */
  counts: Counts | null;
  /** Loads sections and feeds again after a change the core does not announce with new counts. */
  reload: () => void;
}

const NONE: never[] = [];

const LibraryDataContext = createContext<LibraryData | null>(null);

export function LibraryDataProvider({ reloadKey, children }: { reloadKey: unknown; children: ReactNode }) {
  const sectionsQuery = useQuery('sections.list', [], { live: true, reloadKey });
  const feedsQuery = useQuery('feeds.list', [], { live: true, reloadKey });
  const counts = useCounts(reloadKey);
  const { retry: retrySections } = sectionsQuery;
  const { retry: retryFeeds } = feedsQuery;
  const reload = useCallback(() => {
    retrySections();
    retryFeeds();
  }, [retrySections, retryFeeds]);
  useApiEvent('sync.finished', reload);
  useApiEvent('accounts.changed', reload);
  const value: LibraryData = {
    sectionsQuery,
    sections: sectionsQuery.status === 'ready' ? sectionsQuery.value : NONE,
    feeds: feedsQuery.status === 'ready' ? feedsQuery.value : NONE,
    counts,
    reload,
  };
  return <LibraryDataContext value={value}>{children}</LibraryDataContext>;
}

export function useLibraryData(): LibraryData {
  const value = useContext(LibraryDataContext);
  if (!value) throw new Error('useLibraryData() needs a <LibraryDataProvider> above it.');
  return value;
}
