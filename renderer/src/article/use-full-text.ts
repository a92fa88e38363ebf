/**
 * The article's extracted full text: as stored, or fetched now with `articles.fetchFullText` (the core
 * downloads the page and runs Readability). Failures keep the reader-facing message the core wrote; being
 * offline is no failure: fetching is not tried, and the core's own offline answer (`UNAVAILABLE`) is taken
 * the same way, so nothing red blames the site for a missing connection. A page that was there but held no
 * credible article text (the core's `not-an-article`, or `fullTextFailed` stored from an earlier try) is no error
 * either: the feed's text stays, and the view says the full text couldn't be extracted (`notExtracted`).
 */
import { useState } from 'react';
import type { Article } from '@contract/library-models';
import { ApiError } from '@contract/errors';
import { useApi } from '../api/ApiProvider';
import { toError } from '../errors/to-error';

type FullTextFetch = { state: 'idle' } | { state: 'fetching' } | { state: 'failed'; error: Error };

export const NEEDS_CONNECTION = 'Full text needs a connection';
export const NOT_EXTRACTED = 'The full text couldn’t be extracted from this page.';

export function useFullText(article: Article, online: boolean, onFetched: () => void) {
  const api = useApi();
  const [fetched, setFetched] = useState<Article | null>(null);
  const [status, setStatus] = useState<FullTextFetch>({ state: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  // The core found itself offline although the window thought otherwise; cleared by the next try.
  const [coreOffline, setCoreOffline] = useState(false);
  // This try found the page without credible article text; null: no try yet, the stored answer stands.
  const [notExtracted, setNotExtracted] = useState<boolean | null>(null);
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
          setNotExtracted(true);
          setStatus({ state: 'idle' });
          setAnnouncement(NOT_EXTRACTED);
          return;
        }
        setNotExtracted(false);
        setFetched(updated);
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
        if (isNotExtractedAnswer(error)) {
          setNotExtracted(true);
          setStatus({ state: 'idle' });
          setAnnouncement(NOT_EXTRACTED);
          return;
        }
        setStatus({ state: 'failed', error: toError(error) });
        setAnnouncement('');
      },
    );
  };

  return {
    html: article.fullTextHtml ?? fetched?.fullTextHtml ?? null,
    /** What the page brought with the text fetched now: the header shows its title, byline and length. */
    page: fetched && {
      title: fetched.title,
      byline: fetched.byline,
      wordCount: fetched.wordCount,
    },
    state: status.state,
    error: status.state === 'failed' ? status.error : null,
    /** True when fetching cannot work now: the button is off and says why, quietly. */
    offline,
    /** The page held no credible article text (this try, or the last one the library remembers). */
    notExtracted: notExtracted ?? article.fullTextFailed,
    fetch,
    announcement,
  };
}

function isNotExtractedAnswer(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') return false;
  return (error.details as { reason?: unknown } | undefined)?.reason === 'not-an-article';
}

function isOfflineAnswer(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'UNAVAILABLE') return false;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return reason === 'offline';
}
