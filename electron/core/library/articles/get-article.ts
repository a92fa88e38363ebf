/** One article with everything the reading view needs. */
import type { Article } from '../../../api/library-models';
import { get, type Db } from '../../db/sql';
import { getBookmark } from '../bookmarks';
import { isoOrNull, notFound, toRowId } from '../row-ids';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './article-rows';

interface ArticleRow extends SummaryRow {
  guid: string | null;
  updated_at: number | null;
  fetched_at: number;
  content_html: string | null;
  full_text_html: string | null;
  text: string;
  content_hash: string;
  byline: string | null;
  full_text_failed: number;
}

export function getArticle(db: Db, id: string): Article {
  const row = get<ArticleRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.guid, a.updated_at, a.fetched_at, a.content_html, a.full_text_html, a.text, a.content_hash,
       a.byline, a.full_text_failed
     FROM ${SUMMARY_FROM} WHERE a.id = ?`,
    toRowId(id, 'article'),
  );
  if (!row) throw notFound('article', id);
  return {
    ...toSummary(row),
    guid: row.guid,
    updatedAt: isoOrNull(row.updated_at),
    fetchedAt: new Date(row.fetched_at).toISOString(),
    contentHtml: row.content_html,
    fullTextHtml: row.full_text_html,
    text: row.text,
    contentHash: row.content_hash,
    byline: row.byline,
    fullTextFailed: row.full_text_failed === 1,
    bookmark: row.is_bookmarked === 1 ? getBookmark(db, id) : null,
  };
}
