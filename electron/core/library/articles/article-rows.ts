/** The columns every article list selects, and how a row becomes a summary. */
import type { ArticleSummary } from '../../../api/library-models';
import { isoOrNull, optionalId, toIdString } from '../row-ids';

export const SUMMARY_COLUMNS = `a.id, a.feed_id, f.title AS feed_title, a.section_id, a.title, a.author, a.url,
  a.published_at, a.sort_time, a.summary, a.lead_image_url, a.language, a.categories, a.word_count, a.is_read, a.hidden_by_rule,
  EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS is_bookmarked`;

export const SUMMARY_FROM = 'articles a JOIN feeds f ON f.id = a.feed_id';

export interface SummaryRow {
  id: number;
  feed_id: number;
  feed_title: string;
  section_id: number | null;
  title: string;
  author: string | null;
  url: string | null;
  published_at: number | null;
  sort_time: number;
  summary: string | null;
  lead_image_url: string | null;
  language: string | null;
  categories: string;
  word_count: number;
  is_read: number;
  hidden_by_rule: number;
  is_bookmarked: number;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: toIdString(row.id),
    feedId: toIdString(row.feed_id),
    feedTitle: row.feed_title,
    sectionId: optionalId(row.section_id),
    title: row.title,
    author: row.author,
    url: row.url,
    publishedAt: isoOrNull(row.published_at),
    sortTime: new Date(row.sort_time).toISOString(),
    summary: row.summary,
    leadImageUrl: row.lead_image_url,
    language: row.language,
    categories: JSON.parse(row.categories) as string[],
    wordCount: row.word_count,
    isRead: row.is_read === 1,
    isBookmarked: row.is_bookmarked === 1,
    ...(row.hidden_by_rule === 1 ? { hiddenByRule: true } : {}),
  };
}
