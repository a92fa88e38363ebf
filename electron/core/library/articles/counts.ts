/**
 * Unread counts for the sidebar. Per-feed counts are kept by triggers, so this
 * reads the small feeds table; only "today" touches articles, through the
 * unread index and one day's range of it.
 */
import type { Counts } from '../../../api/library-queries';
import { all, get, type Db } from '../../db/sql';
import { toIdString } from '../row-ids';
import { startOfDay } from './scope';

export function countUnread(db: Db, now: number): Counts {
  const feeds = all<{ id: number; section_id: number | null; unread_count: number }>(
    db,
    'SELECT id, section_id, unread_count FROM feeds WHERE archived = 0 ORDER BY id',
  );
  const sections = all<{ id: number }>(db, 'SELECT id FROM sections ORDER BY position, id');
  const bySection = new Map<number, number>(sections.map((section) => [section.id, 0]));
  for (const feed of feeds) {
    if (feed.section_id !== null)
      bySection.set(feed.section_id, (bySection.get(feed.section_id) ?? 0) + feed.unread_count);
  }
  const total = get<{ n: number }>(db, 'SELECT COALESCE(SUM(unread_count), 0) AS n FROM feeds')?.n ?? 0;
  const today =
    get<{ n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM articles WHERE is_read = 0 AND hidden_by_rule = 0 AND sort_time >= ?',
      startOfDay(now),
    )?.n ?? 0;
  const bookmarks = get<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM bookmarks')?.n ?? 0;
  return {
    unread: total,
    today,
    bookmarks,
    sections: [...bySection].map(([id, unread]) => ({ id: toIdString(id), unread })),
    feeds: feeds.map((feed) => ({ id: toIdString(feed.id), unread: feed.unread_count })),
  };
}
