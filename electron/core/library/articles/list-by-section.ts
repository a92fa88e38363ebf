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
import type { ArticlePage } from '../../../api/library-queries';
import { all, type Db } from '../../db/sql';
import { toSummary, type SummaryRow } from './article-rows';
import { invalidCursor, selectKeysetPage, type KeysetPosition, type ListRequest } from './keyset-page';
import { planScope } from './scope';
import { collapsesStories, storyLeadFilter } from './story-leads';

const NO_SECTION = 0;

export function listBySection(db: Db, query: ListRequest, now: number): ArticlePage {
  const plan = planScope(db, query.scope, now);
  const sections = [
    ...all<{ id: number }>(db, 'SELECT id FROM sections ORDER BY position, id').map((row) => row.id),
    NO_SECTION,
  ];
  let start = 0;
  let after: KeysetPosition | null = null;
  if (query.cursor !== undefined) {
    const cursor = parseSectionCursor(query.cursor);
    start = sections.indexOf(cursor.section);
    if (start < 0) throw invalidCursor();
    after = { time: cursor.time, id: cursor.id };
  }
  const rows: (SummaryRow & { group: number })[] = [];
  for (let index = start; index < sections.length && rows.length <= query.limit; index += 1) {
    const section = sections[index]!;
    const inSection =
      section === NO_SECTION
        ? { where: ['a.section_id IS NULL'], params: [] as number[] }
        : { where: ['a.section_id = ?'], params: [section] };
    // A story shows once per section it has sources in, at its earliest there.
    if (collapsesStories(query.scope)) {
      const conditions = [...plan.where, ...inSection.where, ...(query.unreadOnly ? ['a.is_read = 0'] : [])];
      const leads = storyLeadFilter(conditions, [...plan.params, ...inSection.params]);
      inSection.where.push(...leads.where);
      inSection.params.push(...(leads.params as number[]));
    }
    const page = selectKeysetPage(
      db,
      plan,
      query,
      inSection,
      index === start ? after : null,
      query.limit + 1 - rows.length,
    );
    for (const row of page) rows.push({ ...row, group: section });
  }
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toSummary),
    nextCursor: more && last ? formatSectionCursor(last.group, last.sort_time, last.id) : null,
  };
}

function formatSectionCursor(section: number, time: number, id: number): string {
  return `s${section}:${time}:${id}`;
}

function parseSectionCursor(cursor: string): KeysetPosition & { section: number } {
  const match = /^s(\d{1,16}):(-?\d{1,16}):(\d{1,16})$/.exec(cursor);
  if (!match) throw invalidCursor();
  return { section: Number(match[1]), time: Number(match[2]), id: Number(match[3]) };
}
