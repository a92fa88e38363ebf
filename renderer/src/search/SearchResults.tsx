import { useLayoutEffect, useMemo, useState } from 'react';
import { LIMITS, type ArticleSummary } from '@contract/library-models';
import { InlineError } from '../ui/InlineError';
import { ExportButton } from '../export/ExportButton';
import { searchChoices } from '../export/export-choices';
import { EmptyState } from '../ui/EmptyState';
import { useQuery } from '../hooks/use-query';
import { useArticleState, withChanges } from '../library/article-state';
import { useLibraryData } from '../library/library-data';
import { shortTime } from '../library/format-time';
import { useArticleMenu } from '../article-list/use-article-menu';
import { Highlighted } from './Highlighted';
import { resultCountText } from './result-count';
import { SearchFilterBar } from './SearchFilterBar';
import { INITIAL_FILTERS, isFiltered, toSearchQuery } from './search-filters';
import './search.css';
import { languageAttributes } from '../article/language-attributes';

interface SearchResultsProps {
  query: string;
  openId: string | null;
  onOpen: (id: string) => void;
  onItems: (items: ArticleSummary[]) => void;
}

/** Ranked search hits with highlighted title and snippet, filtered by section, feed, date, unread and bookmarked. */
export function SearchResults({ query, openId, onOpen, onItems }: SearchResultsProps) {
  const { sections, feeds } = useLibraryData();
  const [filters, setFilters] = useState(INITIAL_FILTERS);
  const result = useQuery('search.articles', [toSearchQuery(query, filters)]);
  const { changes } = useArticleState();
  // A hit's menu: "Make a rule from this…", and "Show again" for one a rule hid.
  const articleMenu = useArticleMenu();
  const value = result.status === 'ready' ? result.value : null;
  const hits = useMemo(
    () => (value?.hits ?? []).map((hit) => ({ ...hit, article: withChanges(hit.article, changes) })),
    [value, changes],
  );
  const items = useMemo(() => hits.map((hit) => hit.article), [hits]);
  const countText = value ? resultCountText(value.total, query) : null;
  // In the commit that shows the rows: a key pressed as soon as they appear must act on them, not the last view's.
  useLayoutEffect(() => onItems(items), [items, onItems]);
  const exportChoices = useMemo(
    () =>
      searchChoices(
        query,
        items.map((item) => item.id),
        isFiltered(filters),
      ),
    [query, items, filters],
  );

  return (
    <section className="pane article-list" aria-labelledby="article-list-title">
      <header className="pane-header pane-header--list">
        <div className="search-title-row">
          <h2 className="pane-header__title" id="article-list-title">
            Search: “{query}”
          </h2>
          {hits.length > 0 && <ExportButton choices={exportChoices} className="chip" />}
        </div>
        {countText && (
          <p className="search-count" role="status">
            {countText}
          </p>
        )}
        <SearchFilterBar filters={filters} onChange={setFilters} sections={sections} feeds={feeds} />
      </header>
      <div className="article-list__body">
        {result.status === 'loading' && (
          <p className="article-list__note" role="status">
            Searching…
          </p>
        )}
        {result.status === 'error' && <InlineError what="Search failed" error={result.error} onRetry={result.retry} />}
        {value && hits.length === 0 && (
          <EmptyState icon="search" title="No matches">
            Try other words, or fewer filters.
          </EmptyState>
        )}
        {hits.length > 0 && (
          <ol className="search-results" aria-label={`Results for ${query}`}>
            {hits.map((hit) => (
              <li key={hit.article.id}>
                <button
                  type="button"
                  className={hit.article.isRead ? 'search-hit is-read' : 'search-hit'}
                  aria-current={hit.article.id === openId ? 'true' : undefined}
                  onClick={() => onOpen(hit.article.id)}
                  {...articleMenu.handlers(hit.article)}
                >
                  <span className="search-hit__title" {...languageAttributes(hit.article.language)}>
                    <Highlighted text={hit.article.title} ranges={hit.titleHighlights} />
                  </span>
                  <span className="search-hit__meta">
                    {hit.article.feedTitle} · {shortTime(hit.article.sortTime)}
                    {!hit.article.isRead && ' · Unread'}
                    {hit.article.hiddenByRule && <span className="search-hit__hidden"> · Hidden by a rule</span>}
                  </span>
                  <span className="search-hit__snippet" {...languageAttributes(hit.article.language)}>
                    <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {articleMenu.element}
        {value?.hasMore && filters.limit < LIMITS.searchHits && (
          <button
            type="button"
            className="button search-more"
            onClick={() => setFilters({ ...filters, limit: LIMITS.searchHits })}
          >
            Show more results
          </button>
        )}
      </div>
    </section>
  );
}
