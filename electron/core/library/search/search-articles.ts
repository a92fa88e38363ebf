/**
 * Ranked full-text search with filters. Title matches weigh most, then
 * categories, author and body (bm25 column weights, set as the table's rank
 * in search-index.ts). Highlights are computed here against the stored plain
 * text, as offsets.
 *
 * Cost stays bounded however common the words are. A query with at most
 * RANK_ALL matches is ranked or sorted exactly. Past that, "newest" walks the
 * matches newest first and stops after the page (newest-matches.ts), and
 * "relevance" ranks the newest RANK_ALL matches that pass the filters: with
 * tens of thousands of matches, bm25 over all of them costs a third of a
 * second and the best-scoring article from four months ago is rarely what a
 * news reader is after. Results past those RANK_ALL are reached by "newest".
 */
import { ApiError } from '../../../api/errors';
import type { SearchQuery, SearchResult } from '../../../api/library-queries';
import { all, placeholders, type Db } from '../../db/sql';
import { COUNT_CAP, countMatches, countPassing } from './count-matches';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../articles/article-rows';
import { highlight, snippet } from './highlight';
import { newestMatches, type Match } from './newest-matches';
import { parseQuery } from './query';
import { planFilters, type SearchFilters } from './search-filters';
import { hasSearchIndex, SEARCH_TABLE } from '../../db/search-index';

export const RANK_ALL = 200;
const NONE = { count: 0, more: false };

type HitRow = SummaryRow & { text: string };

export function searchArticles(db: Db, query: SearchQuery): SearchResult {
  if (!hasSearchIndex(db))
    throw new ApiError('STORAGE', 'Search is unavailable: this build of SQLite has no full-text search.');
  const parsed = parseQuery(query.query);
  if (!parsed) return { hits: [], hasMore: false, total: { results: NONE, matches: NONE } };
  const filters = planFilters(db, query);
  const want = query.offset + query.limit + 1;
  const matches = countMatches(db, parsed.match);
  const common = matches.more || matches.count > RANK_ALL;
  // A common query's walk also counts the filtered results among the matches countPassing would count.
  const countAmong = filters.where.length > 0 ? COUNT_CAP : 0;
  let walked: number | undefined;
  let rows: HitRow[];
  if (!common) {
    const order = query.order === 'newest' ? '' : `${SEARCH_TABLE}.rank, `;
    rows = exact(db, parsed.match, filters, `${order}a.sort_time DESC, a.id DESC`, query);
  } else if (query.order === 'newest') {
    const walk = newestMatches(db, parsed.match, filters, want, false, countAmong);
    walked = walk.passing;
    rows = summaries(db, walk.matches.slice(query.offset));
  } else {
    const walk = newestMatches(db, parsed.match, filters, RANK_ALL, true, countAmong);
    walked = walk.passing;
    rows = summaries(db, bestFirst(walk.matches).slice(query.offset, want));
  }
  const hits = rows.slice(0, query.limit).map((row) => {
    const body = snippet(row.text, parsed.terms);
    return {
      article: toSummary(row),
      titleHighlights: highlight(row.title, parsed.terms),
      snippet: body.text,
      snippetHighlights: body.highlights,
    };
  });
  const counted = countPassing(db, parsed.match, filters, matches, walked);
  // A lower bound never says fewer than the pages already found (they may lie past the matches counted).
  const results = { ...counted, count: Math.max(counted.count, query.offset + hits.length) };
  return { hits, hasMore: rows.length > query.limit, total: { results, matches } };
}

/** Few matches: join, filter and order all of them. */
function exact(db: Db, match: string, filters: SearchFilters, order: string, query: SearchQuery): HitRow[] {
  return all<HitRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.text FROM ${SEARCH_TABLE} JOIN articles a ON a.id = ${SEARCH_TABLE}.rowid JOIN feeds f ON f.id = a.feed_id
     WHERE ${SEARCH_TABLE} MATCH ? ${filters.where.map((clause) => `AND ${clause}`).join(' ')}
     ORDER BY ${order} LIMIT ? OFFSET ?`,
    match,
    ...filters.params,
    query.limit + 1,
    query.offset,
  );
}

/** Ranked matches, best first; ties newest first, as the exact path orders them. */
function bestFirst(matches: Match[]): Match[] {
  return matches.sort((a, b) => a.rank - b.rank || b.time - a.time || b.id - a.id);
}

/** Summary rows for matches, in the matches' order. */
function summaries(db: Db, matches: Match[]): HitRow[] {
  if (matches.length === 0) return [];
  const rows = all<HitRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.text FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id IN (${placeholders(matches.length)})`,
    ...matches.map((m) => m.id),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return matches.flatMap((m) => byId.get(m.id) ?? []);
}
