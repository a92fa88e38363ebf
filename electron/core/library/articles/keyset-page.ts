/** A list query as the contract validates it; callers inside the core may leave the grouping out. */
import { ApiError } from '../../../api/errors';
import type { ListQuery } from '../../../api/library-queries';
import { all, type Db, type Params } from '../../db/sql';
import { SUMMARY_COLUMNS, SUMMARY_FROM, type SummaryRow } from './article-rows';
import type { ScopePlan } from './scope';

export type ListRequest = Omit<ListQuery, 'groupBy'> & Partial<Pick<ListQuery, 'groupBy'>>;

/** The last row of the previous page: its time and id. */
export interface KeysetPosition {
  time: number;
  id: number;
}

/**
 * Up to `limit` rows of a scope in the list's order, after `after`: one
 * range scan on the scope's (time, id) index, narrowed by `extra` conditions
 * (a section, for lists grouped by section). Every list page is cut this way.
 */
export function selectKeysetPage(
  db: Db,
  plan: ScopePlan,
  query: Pick<ListRequest, 'order' | 'unreadOnly'>,
  extra: { where: readonly string[]; params: Params },
  after: KeysetPosition | null,
  limit: number,
): SummaryRow[] {
  const where = [...plan.where, ...extra.where];
  const params = [...plan.params, ...extra.params];
  if (query.unreadOnly) where.push('a.is_read = 0');
  const newest = query.order === 'newest';
  if (after) {
    where.push(`(${plan.timeColumn}, ${plan.idColumn}) ${newest ? '<' : '>'} (?, ?)`);
    params.push(after.time, after.id);
  }
  const direction = newest ? 'DESC' : 'ASC';
  return all<SummaryRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} ${plan.join}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${plan.timeColumn} ${direction}, ${plan.idColumn} ${direction} LIMIT ?`,
    ...params,
    limit,
  );
}

/** A cursor that does not parse, or names a place that is gone. */
export function invalidCursor(): ApiError {
  return new ApiError('INVALID_ARGUMENTS', 'That page position is not valid; start again from the first page.');
}
