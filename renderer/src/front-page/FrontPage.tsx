/** How many of each section's latest articles the front page shows. */
import { useLayoutEffect, useMemo } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { ArticleRow } from '../article-list/ArticleRow';
import { useListPictures } from '../article-list/use-list-pictures';
import { EmptyState } from '../ui/EmptyState';
import { InlineError } from '../ui/InlineError';
import { useQuery } from '../hooks/use-query';
import { useArticleState, withChanges } from '../library/article-state';
import '../article-list/article-list.css';
import { frontPageEmpty } from './front-page-empty';
import { OpmlImportButton } from '../subscriptions/OpmlImportDialog';
import './front-page.css';

export const FRONT_PAGE_PER_SECTION = 5;

interface FrontPageProps {
  openId: string | null;
  onOpen: (id: string) => void;
  onSeeAll: (sectionId: string) => void;
  onItems: (items: ArticleSummary[]) => void;
  reloadKey: unknown;
  /** Why it might be empty: how many feeds there are, and whether they can be or are being fetched. */
  library: { feeds: number; online: boolean; refreshing: boolean };
}

/** The sectioned overview and first screen: each section's newest stories under its name. */
export function FrontPage({ openId, onOpen, onSeeAll, onItems, reloadKey, library }: FrontPageProps) {
  const page = useQuery('articles.frontPage', [FRONT_PAGE_PER_SECTION], { live: true, reloadKey });
  const { changes } = useArticleState();
  // The query's value is stable between renders; the query object itself is not.
  const value = page.status === 'ready' ? page.value : null;
  const sections = useMemo(
    () =>
      (value?.sections ?? [])
        .filter((section) => section.articles.length > 0)
        .map((section) => ({ ...section, articles: section.articles.map((article) => withChanges(article, changes)) })),
    [value, changes],
  );
  const items = useMemo(() => sections.flatMap((section) => section.articles), [sections]);
  // In the commit that shows the rows: a key pressed as soon as they appear must act on them, not the last view's.
  useLayoutEffect(() => onItems(items), [items, onItems]);
  const pictureOf = useListPictures(items);
  const empty = frontPageEmpty(library);

  return (
    <section className="pane article-list front-page" aria-labelledby="article-list-title">
      <header className="pane-header">
        <h2 className="pane-header__title" id="article-list-title">
          Front page
        </h2>
      </header>
      <div className="article-list__body front-page__body">
        {page.status === 'loading' && (
          <p className="article-list__note" role="status">
            Loading the front page…
          </p>
        )}
        {page.status === 'error' && (
          <InlineError what="The front page could not be loaded" error={page.error} onRetry={page.retry} />
        )}
        {page.status === 'ready' && sections.length === 0 && (
          <EmptyState icon="list" title={empty.title}>
            {empty.hint}
            {library.feeds === 0 && (
              <>
                {' '}
                <OpmlImportButton className="link-button" />
              </>
            )}
          </EmptyState>
        )}
        {sections.map((section) => {
          const headingId = `front-${section.sectionId ?? 'none'}`;
          return (
            <section key={section.sectionId ?? 'none'} className="front-section" aria-labelledby={headingId}>
              <header className="front-section__header">
                <h3 className="front-section__name" id={headingId}>
                  {section.name}
                </h3>
                {section.unreadCount > 0 && <span className="front-section__count">{section.unreadCount} unread</span>}
                {section.sectionId && (
                  <button
                    type="button"
                    className="link-button front-section__all"
                    onClick={() => onSeeAll(section.sectionId!)}
                  >
                    See all<span className="visually-hidden"> in {section.name}</span>
                  </button>
                )}
              </header>
              <ul className="front-section__list">
                {section.articles.map((article) => (
                  <li key={article.id}>
                    <ArticleRow
                      article={article}
                      layout="cards"
                      selected={article.id === openId}
                      picture={pictureOf(article)}
                      onOpen={onOpen}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
