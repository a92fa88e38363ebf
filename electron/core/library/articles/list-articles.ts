import { ApiError } from '../../../api/errors';
import type { ArticlePage, ListQuery } from '../../../api/library-queries';
import { all, type Db } from '../../db/sql';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './article-rows';
import { listBySection } from './list-by-section';
import { planScope } from './scope';

/**
 * One page of a list, newest or oldest first. Pages are cut by keyset (the
 * last row's time and id), not OFFSET, so page 500 costs what page 1 costs
 * and rows arriving mid-scroll neither repeat nor vanish.
 */
/** A list query as the contract validates it; callers inside the core may leave the grouping out. */
export type ListRequest = Omit<ListQuery, 'groupBy'> & Partial<Pick<ListQuery, 'groupBy'>>;

export function listArticles(db: Db, query: ListRequest, now: number): ArticlePage {
  // A section's or a feed's list holds one section already: grouping changes nothing.
  if (query.groupBy === 'section' && query.scope.kind !== 'section' && query.scope.kind !== 'feed') return listBySection(db, query, now);
  const plan = planScope(db, query.scope, now);
  const where = [...plan.where];
  const params = [...plan.params];
  if (query.unreadOnly) where.push('a.is_read = 0');
  const newest = query.order === 'newest';
  if (query.cursor !== undefined) {
    const cursor = parseCursor(query.cursor);
    where.push(`(${plan.timeColumn}, ${plan.idColumn}) ${newest ? '<' : '>'} (?, ?)`);
    params.push(cursor.time, cursor.id);
  }
  const direction = newest ? 'DESC' : 'ASC';
  const rows = all<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} ${plan.join}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${plan.timeColumn} ${direction}, ${plan.idColumn} ${direction} LIMIT ?`,
    ...params,
    query.limit + 1,
  );
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items: items.map(toSummary), nextCursor: more && last ? formatCursor(last.sort_time, last.id) : null };
}

export function formatCursor(time: number, id: number): string {
  return `${time}:${id}`;
}

export function parseCursor(cursor: string): { time: number; id: number } {
  const match = /^(-?\d{1,16}):(\d{1,16})$/.exec(cursor);
  if (!match) throw new ApiError('INVALID_ARGUMENTS', 'That page position is not valid; start again from the first page.');
  return { time: Number(match[1]), id: Number(match[2]) };
}
