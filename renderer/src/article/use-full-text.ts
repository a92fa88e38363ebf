/**
 * The article's extracted full text: as stored, or fetched now with `articles.fetchFullText` (the core
 * downloads the page and runs Readability). Failures keep the reader-facing message the core wrote; being
 * offline is no failure: fetching is not tried, and the core's own offline answer (`UNAVAILABLE`) is taken
 * the same way, so nothing red blames the site for a missing connection.
 */
import { useState } from 'react';
import type { Article } from '@contract/library-models';
import { ApiError } from '@contract/errors';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

type FullTextFetch = { state: 'idle' } | { state: 'fetching' } | { state: 'failed'; error: Error };

export const NEEDS_CONNECTION = 'Full text needs a connection';

export function useFullText(article: Article, online: boolean, onFetched: () => void) {
  const api = useApi();
  const [fetched, setFetched] = useState<string | null>(null);
  const [status, setStatus] = useState<FullTextFetch>({ state: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  // The core found itself offline although the window thought otherwise; cleared by the next try.
  const [coreOffline, setCoreOffline] = useState(false);
  const offline = !online || coreOffline;

  const fetch = () => {
    if (status.state === 'fetching') return;
    if (!online) {
      setAnnouncement(`${NEEDS_CONNECTION}.`);
      return;
    }
    setCoreOffline(false);
    setStatus({ state: 'fetching' });
    setAnnouncement('Fetching the full text…');
    api.call('articles.fetchFullText', article.id).then(
      (updated) => {
        if (!updated.fullTextHtml) {
          setStatus({
            state: 'failed',
            error: new ApiError('NOT_FOUND', 'The web page holds no article text Broadsheet could find.'),
          });
          setAnnouncement('');
          return;
        }
        setFetched(updated.fullTextHtml);
        setStatus({ state: 'idle' });
        setAnnouncement('Showing the full text.');
        onFetched();
      },
      (error: unknown) => {
        if (isOfflineAnswer(error)) {
          setCoreOffline(true);
          setStatus({ state: 'idle' });
          setAnnouncement(`${NEEDS_CONNECTION}.`);
          return;
        }
        setStatus({ state: 'failed', error: toError(error) });
        setAnnouncement('');
      },
    );
  };

  return {
    html: article.fullTextHtml ?? fetched,
    state: status.state,
    error: status.state === 'failed' ? status.error : null,
    /** True when fetching cannot work now: the button is off and says why, quietly. */
    offline,
    fetch,
    announcement,
  };
}

function isOfflineAnswer(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'UNAVAILABLE') return false;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return reason === 'offline';
}
