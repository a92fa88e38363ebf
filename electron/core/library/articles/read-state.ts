/**
 * Marks articles read or unread and returns how many changed. Ids are all
 * checked before anything is written: one unknown id changes nothing. Each
 * change is one statement however many articles it covers (plus two for the
 * outbox when a sync service's articles are among them).
 */
import type { ListScope, MarkTarget } from '../../../api/library-queries';
import { all, get, placeholders, transaction, type Db } from '../../db/sql';
import { requireFeed } from '../feeds';
import { notFound, toRowId } from '../row-ids';
import { queueMarkAll, type MarkAllTarget } from '../outbox/mark-all-intents';
import { queueReadChanges } from '../outbox/queue-change';
import { requireSection } from '../sections';
import { setReadFlag, type ArticleFilter } from '../tables/articles-table';
import { planScope } from './scope';

export function markRead(db: Db, target: MarkTarget, read: boolean, now: number): number {
  return transaction(db, () => {
    const filter = selectTargets(db, target, now);
    // A sync service's articles: the change waits in the outbox, stored with the flags or not at all.
    queueReadChanges(db, read, filter, now);
    // "Mark all as read" of a feed, a folder or everything also goes as the server's own call where it can.
    const whole = read ? markAllTarget(db, target) : null;
    if (whole) queueMarkAll(db, whole, now);
    return setReadFlag(db, read, filter);
  });
}

/** Which articles the target names, as a filter over the alias `a`; unknown ids or anchors are NOT_FOUND. */
function selectTargets(db: Db, target: MarkTarget, now: number): ArticleFilter {
  switch (target.kind) {
    case 'articles': {
      const ids = [...new Set(target.ids.map((id) => toRowId(id, 'article')))];
      const found = all<{ id: number }>(
        db,
        `SELECT id FROM articles WHERE id IN (${placeholders(ids.length)})`,
        ...ids,
      );
      if (found.length !== ids.length) {
        const known = new Set(found.map((row) => row.id));
        throw notFound('article', String(ids.find((id) => !known.has(id))));
      }
      return { where: [`a.id IN (${placeholders(ids.length)})`], params: ids };
    }
    case 'olderThan':
      return anchoredFilter(db, target.articleId, target.scope, '<=', now);
    case 'below':
      return anchoredFilter(db, target.articleId, target.scope, target.order === 'newest' ? '<' : '>', now);
    case 'feed':
      return { where: ['a.feed_id = ?'], params: [requireFeed(db, target.feedId)] };
    case 'section':
      return { where: ['a.section_id = ?'], params: [requireSection(db, target.sectionId)] };
    case 'all':
      return { where: [], params: [] };
    case 'story':
      return { where: ['a.story_id = ?'], params: [toRowId(target.storyId, 'article')] };
  }
}

/**
 * The articles of a scope on one side of an anchor article in the lists' (time, id) order. Lists of every scope
 * sort by the article's time (a category's index copies it), so the anchor's own sort time is the boundary.
 */
function anchoredFilter(
  db: Db,
  articleId: string,
  scope: ListScope,
  comparison: '<=' | '<' | '>',
  now: number,
): ArticleFilter {
  const anchor = get<{ sort_time: number; id: number }>(
    db,
    'SELECT sort_time, id FROM articles WHERE id = ?',
    toRowId(articleId, 'article'),
  );
  if (!anchor) throw notFound('article', articleId);
  const plan = planScope(db, scope, now);
  // The category scope walks its own table; as a filter it becomes a subquery.
  const where = plan.join ? ['a.id IN (SELECT article_id FROM article_categories WHERE category = ?)'] : plan.where;
  return {
    where: [`(a.sort_time, a.id) ${comparison} (?, ?)`, ...where],
    params: [anchor.sort_time, anchor.id, ...plan.params],
  };
}

/** The whole of a feed, a section or everything (a list the reader filtered is never "all": it goes as ids). */
function markAllTarget(db: Db, target: MarkTarget): MarkAllTarget | null {
  switch (target.kind) {
    case 'feed':
      return { kind: 'feed', feedId: requireFeed(db, target.feedId) };
    case 'section':
      return { kind: 'section', sectionId: requireSection(db, target.sectionId) };
    case 'all':
      return { kind: 'all' };
    default:
      return null;
  }
}
