/** The columns every article list selects, and how a row becomes a summary (with its story, issue 18). */
import type { ArticleSummary } from '../../../api/library-models';
import { isoOrNull, optionalId, toIdString } from '../row-ids';

/** How many articles share the row's story (issue 18): one lookup in the partial index `articles_story`. */
export const STORY_SOURCES = `CASE WHEN a.story_id IS NULL THEN 1
  ELSE (SELECT count(*) FROM articles story_member WHERE story_member.story_id = a.story_id) END`;

export const SUMMARY_COLUMNS = `a.id, a.feed_id, f.title AS feed_title, a.section_id, a.title, a.author, a.url,
  a.published_at, a.sort_time, a.summary, a.lead_image_url, a.language, a.categories, a.word_count, a.is_read,
  EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS is_bookmarked, a.story_id,
  ${STORY_SOURCES} AS story_sources`;

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
  is_bookmarked: number;
  story_id: number | null;
  story_sources: number;
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
    ...storyOf(row),
  };
}

/** The row's story, absent for a story of one (also when the story's other articles were deleted since). */
export function storyOf(row: Pick<SummaryRow, 'story_id' | 'story_sources'>): Pick<ArticleSummary, 'story'> {
  return row.story_id !== null && row.story_sources >= 2
    ? { story: { id: toIdString(row.story_id), sources: row.story_sources } }
    : {};
}
