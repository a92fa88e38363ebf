/**
 * The `want` newest articles (by sort time, then id) that match and pass the
 * filters, without sorting every match. FTS5 walks one term's matches from
 * the highest rowid down cheaply, as long as the cursor is never restarted
 * (a rowid lower bound makes it scan, measured 20-60 ms). Rowids mostly follow
 * time but not always (a new feed's backlog), so the walk stops only when the
 * time-block bounds prove no lower rowid holds an article newer than those
 * found, or newer than the filters' floor. Every match comes back to this
 * loop with a pass flag, filtered or not, so that test runs on every row and
 * a selective filter cannot hide a long walk inside SQLite. A common word
 * costs about one page of matches, not a sort of all of them. With `withRank`
 * bm25 is read for passing rows only, in this one statement (each statement
 * recounts every match of each word once for its weights). The same walk
 * counts the filtered results (`passing`), going on past the page up to the
 * count's cap, so no second statement walks the same matches again.
 */
import { TIME_BLOCK_SHIFT } from '../../db/migrations/005-time-blocks';
import { all, stmt, type Db } from '../../db/sql';
import type { SearchFilters } from './search-filters';
import { SEARCH_TABLE } from '../../db/search-index';

export interface Match {
  id: number;
  time: number;
  rank: number;
}

export interface Walk {
  matches: Match[];
  /**
   * How many of the newest `countAmong` matches (by rowid, as countPassing in
   * count-matches.ts counts them) pass the filters: counted on the same walk,
   * which goes on past the page only as far as that, instead of a second
   * statement walking the same matches again.
   */
  passing: number;
}

/** id, sort time, whether the row passes the filters, its bm25 (when ranked and passing). */
type WalkRow = [number, number, number, number];

export function newestMatches(
  db: Db,
  match: string,
  filters: SearchFilters,
  want: number,
  withRank: boolean,
  countAmong = 0,
): Walk {
  const bounds = timeBounds(db);
  const pass = filters.where.length > 0 ? filters.where.join(' AND ') : '1';
  const sql = `SELECT s.rowid, a.sort_time, (${pass}), ${withRank ? `CASE WHEN ${pass} THEN s.rank END` : '0'}
    FROM ${SEARCH_TABLE} s CROSS JOIN articles a ON a.id = s.rowid
    WHERE s.${SEARCH_TABLE} MATCH ?
    ORDER BY s.rowid DESC`;
  const params = withRank ? [...filters.params, ...filters.params] : filters.params;
  let found: Match[] = [];
  let block = Infinity;
  let pageFound = false;
  let seen = 0;
  let passing = 0;
  const walk = stmt(db, sql);
  // Rows as arrays, not objects: a filtered walk can return a thousand rows or more.
  walk.setReturnArrays(true);
  for (const [id, time, ok, rank] of walk.iterate(...params, match) as Iterable<WalkRow>) {
    if (!pageFound) {
      const rowBlock = id >> TIME_BLOCK_SHIFT;
      if (rowBlock !== block) {
        // The bound only changes between blocks, so the stop tests run here.
        block = rowBlock;
        const latest = bounds.latestBelow(block + 1);
        // Nothing from here down passes the filters, so the count is complete too.
        if (latest < filters.floor) break;
        if (found.length >= want) {
          found = newestFirst(found).slice(0, want);
          // Ties on time go to the higher id, which every row found already has.
          pageFound = latest <= found[want - 1]!.time;
        }
      }
      if (!pageFound && ok) found.push({ id, time, rank });
    }
    if (pageFound && seen >= countAmong) break;
    if (seen < countAmong && ok) passing += 1;
    seen += 1;
  }
  return { matches: newestFirst(found).slice(0, want), passing };
}

function newestFirst(rows: Match[]): Match[] {
  return rows.sort((a, b) => b.time - a.time || b.id - a.id);
}

interface TimeBounds {
  /** The latest sort time any article in a block below `block` can have. */
  latestBelow(block: number): number;
}

function timeBounds(db: Db): TimeBounds {
  const rows = all<{ block: number; max_sort_time: number }>(
    db,
    'SELECT block, max_sort_time FROM article_time_blocks ORDER BY block',
  );
  // prefix[i]: the latest time in blocks rows[0..i]; never decreases.
  const prefix: number[] = [];
  rows.forEach((row, i) => prefix.push(Math.max(row.max_sort_time, i > 0 ? prefix[i - 1]! : -Infinity)));
  const firstIndex = (test: (i: number) => boolean) => {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (test(mid)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  return {
    latestBelow(block) {
      const at = firstIndex((i) => rows[i]!.block >= block) - 1;
      return at < 0 ? -Infinity : prefix[at]!;
    },
  };
}
