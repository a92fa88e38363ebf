import { useMemo, type MouseEvent } from 'react';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useBrowserOnline } from '../sync/use-online';
import { languageAttributes } from './language-attributes';
import { localizeImages, type ImageMap } from './offline-images';
import { sanitizeArticle } from './sanitize-article';

interface ArticleBodyProps {
  html: string;
  articleUrl: string | null;
  language: string | null;
  /** Cached copies of the article's pictures (`images.map`). */
  images: ImageMap;
}

/**
 * The article's HTML, sanitized right here before it is shown, with its
 * pictures pointed at the offline cache. Links never navigate the app's
 * window: a click asks the host to open the system browser.
 */
export function ArticleBody({ html, articleUrl, language, images }: ArticleBodyProps) {
  const api = useApi();
  const report = useReportError();
  const online = useBrowserOnline();
  const sanitizedHtml = useMemo(
    () => localizeImages(sanitizeArticle(html, articleUrl), images, online),
    [html, articleUrl, images, online],
  );

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
      {...languageAttributes(language)}
      onClick={onClick}
      // Middle-click would open a new window; the host denies those, but nothing should even try.
      onAuxClick={(event) => event.target instanceof Element && event.target.closest('a') && event.preventDefault()}
      // The only innerHTML in the app: sanitizeArticle's (DOMPurify) output, images re-pointed by localizeImages.
      dangerouslySetInnerHTML={{ __html: sanitizedHtml }}
    />
  );
}
