import { useState } from 'react';
import type { Article } from '@contract/library-models';
import { ApiError } from '@contract/errors';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

type FullTextFetch = { state: 'idle' } | { state: 'fetching' } | { state: 'failed'; error: Error };

/**
 * The article's extracted full text: as stored, or fetched now with
 * `articles.fetchFullText` (the core downloads the page and runs
 * Readability). Failures keep the reader-facing message the core wrote.
 */
export function useFullText(article: Article, onFetched: () => void) {
  const api = useApi();
  const [fetched, setFetched] = useState<string | null>(null);
  const [status, setStatus] = useState<FullTextFetch>({ state: 'idle' });
  const [announcement, setAnnouncement] = useState('');

  const fetch = () => {
    if (status.state === 'fetching') return;
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
        setStatus({ state: 'failed', error: toError(error) });
        setAnnouncement('');
      },
    );
  };

  return {
    html: article.fullTextHtml ?? fetched,
    state: status.state,
    error: status.state === 'failed' ? status.error : null,
    fetch,
    announcement,
  };
}
