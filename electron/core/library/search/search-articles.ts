import { ApiError } from '../../../api/errors';
import type { SearchQuery, SearchResult } from '../../../api/library-queries';
import { all, type Db, type Params } from '../../db/sql';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../articles/article-rows';
import { requireFeed } from '../feeds';
import { requireSection } from '../sections';
import { highlight, snippet } from './highlight';
import { parseQuery } from './query';
import { hasSearchIndex, SEARCH_TABLE } from './search-index';

/**
 * Ranked full-text search with filters. Title matches weigh most, then
 * categories, author and body (bm25 column weights, set as the table's rank
 * in search-index.ts). Highlights are computed
 * here against the stored plain text, as offsets.
 */

export function searchArticles(db: Db, query: SearchQuery): SearchResult {
  if (!hasSearchIndex(db)) throw new ApiError('STORAGE', 'Search is unavailable: this build of SQLite has no full-text search.');
  const parsed = parseQuery(query.query);
  if (!parsed) return { hits: [], hasMore: false };

  const where = [`${SEARCH_TABLE} MATCH ?`];
  const params: Params = [parsed.match];
  if (query.sectionId !== undefined) {
    where.push('a.section_id = ?');
    params.push(requireSection(db, query.sectionId));
  }
  if (query.feedId !== undefined) {
    where.push('a.feed_id = ?');
    params.push(requireFeed(db, query.feedId));
  }
  if (query.unreadOnly) where.push('a.is_read = 0');
  if (query.bookmarkedOnly) where.push('a.id IN (SELECT article_id FROM bookmarks)');
  if (query.since !== undefined) {
    where.push('a.sort_time >= ?');
    params.push(Date.parse(query.since));
  }
  if (query.until !== undefined) {
    where.push('a.sort_time < ?');
    params.push(Date.parse(query.until));
  }
  const filtered = where.length > 1;
  const rows =
    !filtered && query.order === 'relevance'
      ? // Unfiltered relevance: let FTS5 rank and cut before joining, so only one page is joined.
        all<SummaryRow & { text: string }>(
          db,
          `SELECT ${SUMMARY_COLUMNS}, a.text
           FROM (SELECT rowid AS id, rank FROM ${SEARCH_TABLE} WHERE ${SEARCH_TABLE} MATCH ? ORDER BY rank LIMIT ? OFFSET ?) hit
           JOIN articles a ON a.id = hit.id JOIN feeds f ON f.id = a.feed_id
           ORDER BY hit.rank, a.sort_time DESC`,
          parsed.match,
          query.limit + 1,
          query.offset,
        )
      : all<SummaryRow & { text: string }>(
          db,
          `SELECT ${SUMMARY_COLUMNS}, a.text FROM ${SEARCH_TABLE} JOIN articles a ON a.id = ${SEARCH_TABLE}.rowid JOIN feeds f ON f.id = a.feed_id
           WHERE ${where.join(' AND ')}
           ORDER BY ${query.order === 'newest' ? 'a.sort_time DESC, a.id DESC' : `${SEARCH_TABLE}.rank, a.sort_time DESC`}
           LIMIT ? OFFSET ?`,
          ...params,
          query.limit + 1,
          query.offset,
        );
  const hits = rows.slice(0, query.limit).map((row) => {
    const body = snippet(row.text, parsed.terms);
    return {
      article: toSummary(row),
      titleHighlights: highlight(row.title, parsed.terms),
      snippet: body.text,
      snippetHighlights: body.highlights,
    };
  });
  return { hits, hasMore: rows.length > query.limit };
}
