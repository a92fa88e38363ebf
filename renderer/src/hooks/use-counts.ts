/**
 * Unread and bookmark counts for the sidebar. The `library.countsChanged`
 * event carries the new counts, so they are taken from it directly, with no
 * second call. `reloadKey` (core recoveries) loads them afresh.
 */
import { useEffect, useState } from 'react';
import type { Counts } from '@contract/library-queries';
import { useApi } from '../api/ApiProvider';
import { useApiEvent } from './use-api-event';

export function useCounts(reloadKey: unknown): Counts | null {
  const api = useApi();
  const [counts, setCounts] = useState<Counts | null>(null);
  useApiEvent('library.countsChanged', setCounts);
  useEffect(() => {
    let current = true;
    api.call('articles.counts').then(
      (value) => current && setCounts(value),
      // The sidebar still works without counts; the sections list shows load errors.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, reloadKey]);
  return counts;
}
