/**
 * The front page, the first screen. With no article open it is a broadsheet across the width the list and the
 * reading pane leave (front-page.css): each section a band with a lead story and a grid of the next ones. Opening
 * a story gives the three panes back, with the same stories as a column in the list pane; closing the story (Escape,
 * "Whole front page", or Front page in the sidebar) brings the broadsheet back.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { ArticleRow } from '../article-list/ArticleRow';
import { useListPictures } from '../article-list/use-list-pictures';
import { EmptyState } from '../ui/EmptyState';
import { InlineError } from '../ui/InlineError';
import { useQuery } from '../hooks/use-query';
import { useArticleState, withChanges } from '../library/article-state';
import '../article-list/article-list.css';
import { FrontBand, SectionHeader, type FrontSection } from './FrontBand';
import { frontPageEmpty } from './front-page-empty';
import { leadFirst } from './lead-first';
import { OpmlImportButton } from '../subscriptions/OpmlImportDialog';
import './front-page.css';

/** How many of each section's latest articles the front page shows: a lead story and a grid of four. */
export const FRONT_PAGE_PER_SECTION = 5;

interface FrontPageProps {
  /** No article open: the broadsheet; otherwise the column beside the reading pane. */
  broadsheet: boolean;
  openId: string | null;
  onOpen: (id: string) => void;
  /** Back to the broadsheet: closes the open article. */
  onClose: () => void;
  onSeeAll: (sectionId: string) => void;
  onItems: (items: ArticleSummary[]) => void;
  reloadKey: unknown;
  /** Why it might be empty: how many feeds there are, and whether they can be or are being fetched. */
  library: { feeds: number; online: boolean; refreshing: boolean };
}

export function FrontPage({
  broadsheet,
  openId,
  onOpen,
  onClose,
  onSeeAll,
  onItems,
  reloadKey,
  library,
}: FrontPageProps) {
  const page = useQuery('articles.frontPage', [FRONT_PAGE_PER_SECTION], { live: true, reloadKey });
  const { changes } = useArticleState();
  // The query's value is stable between renders; the query object itself is not.
  const value = page.status === 'ready' ? page.value : null;
  const sections: FrontSection[] = useMemo(
    () =>
      (value?.sections ?? [])
        .filter((section) => section.articles.length > 0)
        .map((section) => ({
          ...section,
          articles: leadFirst(section.articles).map((article) => withChanges(article, changes)),
        })),
    [value, changes],
  );
  const items = useMemo(() => sections.flatMap((section) => section.articles), [sections]);
  // In the commit that shows the rows: a key pressed as soon as they appear must act on them, not the last view's.
  useLayoutEffect(() => onItems(items), [items, onItems]);
  const pictureOf = useListPictures(items);
  const empty = frontPageEmpty(library);
  const body = useRef<HTMLDivElement>(null);
  useKeepFocusOnStory(body, broadsheet, openId);

  return (
    <section
      className={`pane article-list front-page ${broadsheet ? 'front-page--broadsheet' : 'front-page--column'}`}
      aria-labelledby="article-list-title"
    >
      <header className="pane-header front-page__header">
        <h2 className="pane-header__title front-page__title" id="article-list-title">
          Front page
        </h2>
        {broadsheet ? (
          <p className="front-page__date">{today()}</p>
        ) : (
          <button type="button" className="link-button front-page__whole" onClick={onClose}>
            Whole front page
          </button>
        )}
      </header>
      <div className="article-list__body front-page__body" ref={body}>
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
        {broadsheet ? (
          <div className="front-page__sheet">
            {sections.map((section) => (
              <FrontBand
                key={section.sectionId ?? 'none'}
                section={section}
                pictureOf={pictureOf}
                onOpen={onOpen}
                onSeeAll={onSeeAll}
              />
            ))}
          </div>
        ) : (
          sections.map((section) => {
            const headingId = `front-${section.sectionId ?? 'none'}`;
            return (
              <section key={section.sectionId ?? 'none'} className="front-section" aria-labelledby={headingId}>
                <SectionHeader section={section} headingId={headingId} onSeeAll={onSeeAll} />
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
          })
        )}
      </div>
    </section>
  );
}

function today(): string {
  return new Date().toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * Switching between the broadsheet and the column replaces the story the focus was on; the focus moves to the same
 * story in the new layout (the one opened, or the one just closed) instead of falling back to the page.
 */
function useKeepFocusOnStory(body: React.RefObject<HTMLDivElement | null>, broadsheet: boolean, openId: string | null) {
  const lastOpen = useRef(openId);
  const wasBroadsheet = useRef(broadsheet);
  useLayoutEffect(() => {
    if (openId) lastOpen.current = openId;
  }, [openId]);
  useLayoutEffect(() => {
    if (wasBroadsheet.current === broadsheet) return;
    wasBroadsheet.current = broadsheet;
    const lost = document.activeElement === null || document.activeElement === document.body;
    const id = lastOpen.current;
    if (!lost || !id) return;
    const stories = body.current?.querySelectorAll<HTMLElement>('[data-article-id]') ?? [];
    [...stories].find((story) => story.dataset.articleId === id)?.focus();
  }, [body, broadsheet]);
}
