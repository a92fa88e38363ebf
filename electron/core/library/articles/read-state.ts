/**
 * Marks articles read or unread and returns how many changed. Ids are all
 * checked before anything is written: one unknown id changes nothing.
 */
import type { MarkTarget } from '../../../api/library-queries';
import { all, get, placeholders, run, transaction, type Db } from '../../db/sql';
import { requireFeed } from '../feeds';
import { notFound, toRowId } from '../row-ids';
import { requireSection } from '../sections';
import { planScope } from './scope';

export function markRead(db: Db, target: MarkTarget, read: boolean, now: number): number {
  const flag = read ? 1 : 0;
  return transaction(db, () => {
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
        return run(
          db,
          `UPDATE articles SET is_read = ? WHERE is_read <> ? AND id IN (${placeholders(ids.length)})`,
          flag,
          flag,
          ...ids,
        );
      }
      case 'olderThan': {
        const anchor = get<{ sort_time: number; id: number }>(
          db,
          'SELECT sort_time, id FROM articles WHERE id = ?',
          toRowId(target.articleId, 'article'),
        );
        if (!anchor) throw notFound('article', target.articleId);
        const plan = planScope(db, target.scope, now);
        // The category scope walks its own table; as a filter it becomes a subquery.
        const where = plan.join
          ? ['a.id IN (SELECT article_id FROM article_categories WHERE category = ?)']
          : plan.where;
        return run(
          db,
          `UPDATE articles AS a SET is_read = ? WHERE a.is_read <> ? AND (a.sort_time, a.id) <= (?, ?)
           ${where.map((clause) => `AND ${clause}`).join(' ')}`,
          flag,
          flag,
          anchor.sort_time,
          anchor.id,
          ...plan.params,
        );
      }
      case 'feed':
        return run(
          db,
          'UPDATE articles SET is_read = ? WHERE is_read <> ? AND feed_id = ?',
          flag,
          flag,
          requireFeed(db, target.feedId),
        );
      case 'section':
        return run(
          db,
          'UPDATE articles SET is_read = ? WHERE is_read <> ? AND section_id = ?',
          flag,
          flag,
          requireSection(db, target.sectionId),
        );
      case 'all':
        return run(db, 'UPDATE articles SET is_read = ? WHERE is_read <> ?', flag, flag);
    }
  });
}
