/**
 * Title, byline (source, author, time, reading time) and categories, each of which opens its list. The author is
 * the page's byline where its full text brought one, else the feed's. The title takes the article's `lang` and
 * `dir`; names and categories, which may be in any script, find their own direction.
 */
import type { RefObject } from 'react';
import type { Article } from '@contract/library-models';
import { longTime, readingMinutes } from '../library/format-time';

export function ArticleHeader({
  article,
  onCategory,
  titleRef,
}: {
  article: Article;
  onCategory: (category: string) => void;
  /** Back to top puts the focus on the title. */
  titleRef: RefObject<HTMLHeadingElement | null>;
}) {
  const time = article.publishedAt ?? article.sortTime;
  const author = article.byline ?? article.author;
  return (
    <header className="article__header">
      <p className="article__source">{article.feedTitle}</p>
      <h1 className="article__title" id="article-title" tabIndex={-1} ref={titleRef}>
        {article.title || 'Untitled'}
      </h1>
      <p className="article__byline">
        {author && (
          <>
            <span dir="auto">{author}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <time dateTime={time}>{longTime(time)}</time>
        <span aria-hidden="true"> · </span>
        <span>{readingMinutes(article.wordCount)} min read</span>
      </p>
      {article.categories.length > 0 && (
        <ul className="article__categories" aria-label="Categories">
          {article.categories.map((category) => (
            <li key={category}>
              <button type="button" className="chip chip--small" dir="auto" onClick={() => onCategory(category)}>
                {category}
              </button>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
