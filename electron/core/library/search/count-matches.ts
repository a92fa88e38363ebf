/**
 * How many articles a search finds, for the "132 results" line, at a bounded
 * cost. Counting every match of a common word (most of a large library) joined
 * to its article would grow with the library, so both counts stop at
 * COUNT_CAP: the words alone (FTS5 only, no join), and the ones passing the
 * filters among the newest COUNT_CAP matches (by rowid, the order FTS5 walks
 * cheaply, as newest-matches.ts does). When there are more matches than that,
 * the filtered count is a lower bound and says so (`more`), rather than an
 * estimate that could be wrong.
 */
import type { CappedCount } from '../../../api/library-queries';
import { get, type Db } from '../../db/sql';
import type { SearchFilters } from './search-filters';
import { SEARCH_TABLE } from '../../db/search-index';

export const COUNT_CAP = 1000;

/** Articles matching the words, ignoring the filters. */
export function countMatches(db: Db, match: string): CappedCount {
  const sql = `SELECT COUNT(*) AS n FROM (SELECT rowid FROM ${SEARCH_TABLE} WHERE ${SEARCH_TABLE} MATCH ? LIMIT ?)`;
  const n = get<{ n: number }>(db, sql, match, COUNT_CAP + 1)?.n ?? 0;
  return n > COUNT_CAP ? { count: COUNT_CAP, more: true } : { count: n, more: false };
}

/**
 * Articles matching the words and passing the filters, given the unfiltered
 * count. `walked` is the figure a newest-first walk already counted over the
 * same matches (newest-matches.ts), when it did.
 */
export function countPassing(
  db: Db,
  match: string,
  filters: SearchFilters,
  matches: CappedCount,
  walked?: number,
): CappedCount {
  if (filters.where.length === 0) return matches;
  if (matches.count === 0) return matches;
  if (walked !== undefined) return { count: walked, more: matches.more };
  const sql = `SELECT COALESCE(SUM(ok), 0) AS n FROM (
      SELECT (${filters.where.join(' AND ')}) AS ok FROM ${SEARCH_TABLE} s CROSS JOIN articles a ON a.id = s.rowid
      WHERE s.${SEARCH_TABLE} MATCH ? ORDER BY s.rowid DESC LIMIT ?)`;
  const n = get<{ n: number }>(db, sql, ...filters.params, match, COUNT_CAP)?.n ?? 0;
  return { count: n, more: matches.more };
}
