/**
 * One page of a list, newest or oldest first. Pages are cut by keyset (the
 * last row's time and id), not OFFSET, so page 500 costs what page 1 costs
 * and rows arriving mid-scroll neither repeat nor vanish.
 */
import type { ArticlePage } from '../../../api/library-queries';
import type { Db } from '../../db/sql';
import { withBookmarkGlances } from '../bookmark-glances';
import { toSummary } from './article-rows';
import { invalidCursor, selectKeysetPage, type KeysetPosition, type ListRequest } from './keyset-page';
import { listBySection } from './list-by-section';
import { planScope } from './scope';
import { collapsesStories, storyLeadFilter } from './story-leads';

export function listArticles(db: Db, query: ListRequest, now: number): ArticlePage {
  const page = listPage(db, query, now);
  // The bookmarks list shows each bookmark's tags and note on its row.
  return query.scope.kind === 'bookmarks' ? { ...page, items: withBookmarkGlances(db, page.items) } : page;
}

function listPage(db: Db, query: ListRequest, now: number): ArticlePage {
  // A section's or a feed's list holds one section already: grouping changes nothing.
  if (query.groupBy === 'section' && query.scope.kind !== 'section' && query.scope.kind !== 'feed')
    return listBySection(db, query, now);
  const plan = planScope(db, query.scope, now);
  const after = query.cursor === undefined ? null : parseCursor(query.cursor);
  const leads = collapsesStories(query.scope)
    ? storyLeadFilter([...plan.where, ...(query.unreadOnly ? ['a.is_read = 0'] : [])], plan.params)
    : { where: [], params: [] };
  const rows = selectKeysetPage(db, plan, query, leads, after, query.limit + 1);
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items: items.map(toSummary), nextCursor: more && last ? formatCursor(last.sort_time, last.id) : null };
}

export function formatCursor(time: number, id: number): string {
  return `${time}:${id}`;
}

export function parseCursor(cursor: string): KeysetPosition {
  const match = /^(-?\d{1,16}):(\d{1,16})$/.exec(cursor);
  if (!match) throw invalidCursor();
  return { time: Number(match[1]), id: Number(match[2]) };
}
