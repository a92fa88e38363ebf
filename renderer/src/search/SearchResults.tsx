import { useEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../electron/api/library-models';
import type { Section } from '../../../electron/api/models';
import { InlineError } from '../components/InlineError';
import { EmptyState } from '../components/EmptyState';
import { useApiQuery } from '../hooks/use-api-query';
import { useArticleState, withFlags } from '../library/article-state';
import { shortTime } from '../library/format-time';
import { Highlighted } from './Highlighted';
import './search.css';

interface SearchResultsProps {
  query: string;
  sections: Section[];
  openId: string | null;
  onOpen: (id: string) => void;
  onItems: (items: ArticleSummary[]) => void;
}

const PAGE = 50;

/** Ranked search hits with highlighted title and snippet, and filters by section, unread and bookmarked. */
export function SearchResults({ query, sections, openId, onOpen, onItems }: SearchResultsProps) {
  const [filters, setFilters] = useState({ sectionId: '', unreadOnly: false, bookmarkedOnly: false, limit: PAGE });
  const result = useApiQuery('search.articles', [
    { query, sectionId: filters.sectionId || undefined, unreadOnly: filters.unreadOnly, bookmarkedOnly: filters.bookmarkedOnly, limit: filters.limit > 100 ? 100 : filters.limit },
  ]);
  const { flags } = useArticleState();
  const value = result.status === 'ready' ? result.value : null;
  const hits = useMemo(() => (value?.hits ?? []).map((hit) => ({ ...hit, article: withFlags(hit.article, flags) })), [value, flags]);
  const items = useMemo(() => hits.map((hit) => hit.article), [hits]);
  useEffect(() => onItems(items), [items, onItems]);

  return (
    <section className="pane article-list" aria-labelledby="article-list-title">
      <header className="pane-header pane-header--list">
        <h2 className="pane-header__title" id="article-list-title">
          Search: “{query}”
        </h2>
        <div className="list-controls" role="group" aria-label="Search filters">
          <select className="search-filter" aria-label="Section" value={filters.sectionId} onChange={(event) => setFilters({ ...filters, sectionId: event.target.value })}>
            <option value="">All sections</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
          <button type="button" className="chip" aria-pressed={filters.unreadOnly} onClick={() => setFilters({ ...filters, unreadOnly: !filters.unreadOnly })}>
            Unread
          </button>
          <button type="button" className="chip" aria-pressed={filters.bookmarkedOnly} onClick={() => setFilters({ ...filters, bookmarkedOnly: !filters.bookmarkedOnly })}>
            Bookmarked
          </button>
        </div>
      </header>
      <div className="article-list__body">
        {result.status === 'loading' && <p className="article-list__note" role="status">Searching…</p>}
        {result.status === 'error' && <InlineError what="Search failed" error={result.error} onRetry={result.retry} />}
        {value && hits.length === 0 && <EmptyState icon="search" title="No matches">Try other words, or fewer filters.</EmptyState>}
        {hits.length > 0 && (
          <ol className="search-results" aria-label={`Results for ${query}`}>
            {hits.map((hit) => (
              <li key={hit.article.id}>
                <button type="button" className={hit.article.isRead ? 'search-hit is-read' : 'search-hit'} aria-current={hit.article.id === openId ? 'true' : undefined} onClick={() => onOpen(hit.article.id)}>
                  <span className="search-hit__title" dir="auto">
                    <Highlighted text={hit.article.title} ranges={hit.titleHighlights} />
                  </span>
                  <span className="search-hit__meta">
                    {hit.article.feedTitle} · {shortTime(hit.article.sortTime)}
                    {!hit.article.isRead && ' · Unread'}
                  </span>
                  <span className="search-hit__snippet" dir="auto">
                    <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {value?.hasMore && filters.limit < 100 && (
          <button type="button" className="button search-more" onClick={() => setFilters({ ...filters, limit: 100 })}>
            Show more results
          </button>
        )}
      </div>
    </section>
  );
}
