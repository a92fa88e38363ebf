/**
 * What a list scope means in SQL: extra joins, conditions over the article
 * alias `a`, and the columns that order it. Categories are walked through
 * their own (category, time) index so a category page is a range scan too.
 */
import type { ListScope } from '../../../api/library-queries';
import type { Db, Params } from '../../db/sql';
import { requireFeed } from '../feeds';
import { requireSection } from '../sections';
import { categoryKey } from '../tables/articles-table';

export interface ScopePlan {
  join: string;
  where: string[];
  params: Params;
  timeColumn: string;
  idColumn: string;
}

export function planScope(db: Db, scope: ListScope, now: number): ScopePlan {
  const plan: ScopePlan = { join: '', where: [], params: [], timeColumn: 'a.sort_time', idColumn: 'a.id' };
  // What a rule hid is kept but listed only under "Hidden by rules"; a bookmark stays in the bookmarks (the reader
  // made it, and the row says it is hidden).
  if (scope.kind !== 'hidden' && scope.kind !== 'bookmarks') plan.where.push('a.hidden_by_rule = 0');
  switch (scope.kind) {
    case 'hidden':
      plan.where.push('a.hidden_by_rule = 1');
      break;
    case 'all':
      break;
    case 'unread':
      plan.where.push('a.is_read = 0');
      break;
    case 'today':
      plan.where.push('a.sort_time >= ?');
      plan.params.push(startOfDay(now));
      break;
    case 'bookmarks':
      if (scope.tag === undefined) plan.where.push('a.id IN (SELECT article_id FROM bookmarks)');
      else {
        plan.where.push('a.id IN (SELECT article_id FROM bookmark_tags WHERE tag = ?)');
        plan.params.push(scope.tag.trim());
      }
      break;
    case 'section':
      plan.where.push('a.section_id = ?');
      plan.params.push(requireSection(db, scope.sectionId));
      break;
    case 'feed':
      plan.where.push('a.feed_id = ?');
      plan.params.push(requireFeed(db, scope.feedId));
      break;
    case 'category':
      plan.join = 'JOIN article_categories c ON c.article_id = a.id';
      plan.where.push('c.category = ?');
      plan.params.push(categoryKey(scope.category));
      plan.timeColumn = 'c.sort_time';
      plan.idColumn = 'c.article_id';
      break;
  }
  return plan;
}

/** Local midnight: "today" is the reader's day, and the worker shares their time zone. */
export function startOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}
