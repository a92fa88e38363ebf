/**
 * Articles as scripts see them (`npm run cli -- articles`): flat rows that
 * name their feed by URL, their section by name and their account by id,
 * newest first by published time (fetch time where the feed gives none).
 * A section name matches in every account unless an account narrows it,
 * because the same folder name ("World News") often exists in several.
 */
import { all, type Db } from '../../db/sql';
import { isoOrNull, toIdString } from '../row-ids';

export interface ArticleRowFilter {
  account?: string;
  section?: string;
  feed?: string;
  unread?: boolean;
  bookmarked?: boolean;
  limit: number;
}

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  feed: string;
  section: string | null;
  account: string;
  read: boolean;
  bookmarked: boolean;
  /** A rule hid it (issue 18): kept, but out of the app's lists. */
  hidden: boolean;
  publishedAt: string | null;
}

interface StoredRow {
  id: number;
  title: string;
  url: string | null;
  feed: string;
  section: string | null;
  account: string;
  is_read: number;
  bookmarked: number;
  hidden_by_rule: number;
  published_at: number | null;
}

export function listArticleRows(db: Db, filter: ArticleRowFilter): ArticleRow[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.account !== undefined) {
    where.push('f.account_id = ?');
    params.push(filter.account);
  }
  if (filter.section !== undefined) {
    where.push('s.name = ?');
    params.push(filter.section);
  }
  if (filter.feed !== undefined) {
    where.push('f.url = ?');
    params.push(filter.feed);
  }
  if (filter.unread) where.push('a.is_read = 0');
  if (filter.bookmarked) where.push('b.article_id IS NOT NULL');
  const rows = all<StoredRow>(
    db,
    `SELECT a.id, a.title, a.url, f.url AS feed, s.name AS section, f.account_id AS account, a.is_read,
       b.article_id IS NOT NULL AS bookmarked, a.hidden_by_rule, a.published_at
     FROM articles a
     JOIN feeds f ON f.id = a.feed_id
     LEFT JOIN sections s ON s.id = a.section_id
     LEFT JOIN bookmarks b ON b.article_id = a.id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.sort_time DESC, a.id DESC
     LIMIT ?`,
    ...params,
    filter.limit,
  );
  return rows.map((row) => ({
    id: toIdString(row.id),
    title: row.title,
    url: row.url,
    feed: row.feed,
    section: row.section,
    account: row.account,
    read: row.is_read === 1,
    bookmarked: row.bookmarked === 1,
    hidden: row.hidden_by_rule === 1,
    publishedAt: isoOrNull(row.published_at),
  }));
}
