import { ApiError } from '../../../api/errors';
import type { ArticlePage } from '../../../api/library-queries';
import { all, type Db } from '../../db/sql';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './article-rows';
import type { ListRequest } from './list-articles';
import { planScope, type ScopePlan } from './scope';

/**
 * A mixed list (all, unread, today, bookmarks, a category) grouped by
 * section: each section's articles in the list's order, sections in the
 * sidebar's order, articles without a section last. A page walks the
 * sections from the cursor's one, each with the same keyset range scan a
 * section's own list uses, so a page costs a few index seeks however large
 * the library. The cursor names the section by id, so a page boundary stays
 * put when sections are reordered; a cursor whose section was deleted asks
 * for a fresh start.
 */
const NO_SECTION = 0;

export function listBySection(db: Db, query: ListRequest, now: number): ArticlePage {
  const plan = planScope(db, query.scope, now);
  const sections = [...all<{ id: number }>(db, 'SELECT id FROM sections ORDER BY position, id').map((row) => row.id), NO_SECTION];
  let start = 0;
  let after: { time: number; id: number } | null = null;
  if (query.cursor !== undefined) {
    const cursor = parseSectionCursor(query.cursor);
    start = sections.indexOf(cursor.section);
    if (start < 0) throw new ApiError('INVALID_ARGUMENTS', 'That page position is not valid; start again from the first page.');
    after = { time: cursor.time, id: cursor.id };
  }
  const rows: (SummaryRow & { group: number })[] = [];
  for (let index = start; index < sections.length && rows.length <= query.limit; index += 1) {
    const section = sections[index]!;
    const wanted = query.limit + 1 - rows.length;
    for (const row of pageOfSection(db, plan, query, section, index === start ? after : null, wanted)) rows.push({ ...row, group: section });
  }
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items: items.map(toSummary), nextCursor: more && last ? formatSectionCursor(last.group, last.sort_time, last.id) : null };
}

function pageOfSection(db: Db, plan: ScopePlan, query: ListRequest, section: number, after: { time: number; id: number } | null, limit: number): SummaryRow[] {
  const where = [...plan.where, section === NO_SECTION ? 'a.section_id IS NULL' : 'a.section_id = ?'];
  const params = [...plan.params, ...(section === NO_SECTION ? [] : [section])];
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
     WHERE ${where.join(' AND ')}
     ORDER BY ${plan.timeColumn} ${direction}, ${plan.idColumn} ${direction} LIMIT ?`,
    ...params,
    limit,
  );
}

function formatSectionCursor(section: number, time: number, id: number): string {
  return `s${section}:${time}:${id}`;
}

function parseSectionCursor(cursor: string): { section: number; time: number; id: number } {
  const match = /^s(\d{1,16}):(-?\d{1,16}):(\d{1,16})$/.exec(cursor);
  if (!match) throw new ApiError('INVALID_ARGUMENTS', 'That page position is not valid; start again from the first page.');
  return { section: Number(match[1]), time: Number(match[2]), id: Number(match[3]) };
}
