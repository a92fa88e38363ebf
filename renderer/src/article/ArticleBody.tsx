import type { MouseEvent } from 'react';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { sanitizeArticle } from './sanitize-article';

/**
 * The article's HTML, sanitized right here before it is shown. Links never
 * navigate the app's window: a click asks the host to open the system browser.
 */
export function ArticleBody({ html, articleUrl, language }: { html: string; articleUrl: string | null; language: string | null }) {
  const api = useApi();
  const report = useReportError();
  const sanitizedHtml = sanitizeArticle(html, articleUrl);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (!href) return;
    api.call('links.openExternal', href).catch((error: unknown) => report('Opening the link', error));
  };

  return (
    <div
      className="article__content"
      dir="auto"
      lang={language ?? undefined}
      onClick={onClick}
      // Middle-click would open a new window; the host denies those, but nothing should even try.
      onAuxClick={(event) => event.target instanceof Element && event.target.closest('a') && event.preventDefault()}
      // The only innerHTML in the app, and only ever sanitizeArticle's (DOMPurify) output.
      dangerouslySetInnerHTML={{ __html: sanitizedHtml }}
    />
  );
}
