/**
 * A search's filters as SQL over the article alias `a`, plus `floor`: no
 * article passing them is older than this. Each floor is one index lookup
 * (MIN over a time-ordered index), and it lets a newest-first walk stop once
 * nothing older can match, e.g. "unread only" when only recent articles are.
 */
import type { SearchQuery } from '../../../api/library-queries';
import { get, type Db, type Params } from '../../db/sql';
import { requireFeed } from '../feeds';
import { requireSection } from '../sections';

export interface SearchFilters {
  where: string[];
  params: Params;
  floor: number;
}

export function planFilters(db: Db, query: SearchQuery): SearchFilters {
  const where: string[] = [];
  const params: Params = [];
  const floors: (number | null | undefined)[] = [];
  const oldest = (sql: string, ...args: Params) => get<{ t: number | null }>(db, sql, ...args)?.t;
  if (query.sectionId !== undefined) {
    const section = requireSection(db, query.sectionId);
    where.push('a.section_id = ?');
    params.push(section);
    floors.push(oldest('SELECT MIN(sort_time) AS t FROM articles WHERE section_id = ?', section));
  }
  if (query.feedId !== undefined) {
    const feed = requireFeed(db, query.feedId);
    where.push('a.feed_id = ?');
    params.push(feed);
    floors.push(oldest('SELECT MIN(sort_time) AS t FROM articles WHERE feed_id = ?', feed));
  }
  if (query.unreadOnly) {
    where.push('a.is_read = 0');
    floors.push(oldest('SELECT MIN(sort_time) AS t FROM articles WHERE is_read = 0'));
  }
  if (query.bookmarkedOnly) {
    where.push('a.id IN (SELECT article_id FROM bookmarks)');
    floors.push(oldest('SELECT MIN(a.sort_time) AS t FROM bookmarks b JOIN articles a ON a.id = b.article_id'));
  }
  if (query.since !== undefined) {
    where.push('a.sort_time >= ?');
    params.push(Date.parse(query.since));
    floors.push(Date.parse(query.since));
  }
  if (query.until !== undefined) {
    where.push('a.sort_time < ?');
    params.push(Date.parse(query.until));
  }
  // A filter nothing passes (MIN of no rows is NULL) leaves nothing to find.
  const floor = floors.reduce<number>(
    (max, t) => (t === undefined || t === null ? Infinity : Math.max(max, t)),
    -Infinity,
  );
  return { where, params, floor };
}
