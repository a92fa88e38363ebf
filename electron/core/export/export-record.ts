/**
 * Everything an export says about one article. `html` is the raw stored
 * HTML (full text when extracted, else the feed's content): every format
 * sanitizes it on the way out.
 */
import { all, placeholders, type Db } from '../db/sql';
import { isoOrNull, toIdString } from '../library/row-ids';

export interface ExportRecord {
  id: string;
  rowId: number;
  title: string;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  sortTime: string;
  fetchedAt: string;
  language: string | null;
  summary: string | null;
  categories: string[];
  wordCount: number;
  isRead: boolean;
  feed: { id: string; title: string; url: string; siteUrl: string | null };
  section: { id: string; name: string } | null;
  bookmark: { createdAt: string; tags: string[]; note: string } | null;
  html: string;
  leadImageUrl: string | null;
  text: string;
}

interface RecordRow {
  id: number;
  title: string;
  url: string | null;
  author: string | null;
  published_at: number | null;
  sort_time: number;
  fetched_at: number;
  language: string | null;
  summary: string | null;
  categories: string;
  word_count: number;
  is_read: number;
  feed_id: number;
  feed_title: string;
  feed_url: string;
  site_url: string | null;
  section_id: number | null;
  section_name: string | null;
  content_html: string | null;
  full_text_html: string | null;
  lead_image_url: string | null;
  text: string;
  bookmarked_at: number | null;
  note: string | null;
}

/** The records of these articles, in the order given; ids that vanished meanwhile are skipped. */
export function loadRecords(db: Db, ids: readonly number[]): ExportRecord[] {
  if (ids.length === 0) return [];
  const rows = all<RecordRow>(
    db,
    `SELECT a.id, a.title, a.url, a.author, a.published_at, a.sort_time, a.fetched_at, a.language, a.summary,
       a.categories, a.word_count, a.is_read, a.feed_id, f.title AS feed_title, f.url AS feed_url, f.site_url,
       s.id AS section_id, s.name AS section_name, a.content_html, a.full_text_html, a.lead_image_url, a.text,
       b.created_at AS bookmarked_at, b.note
     FROM articles a JOIN feeds f ON f.id = a.feed_id
       LEFT JOIN sections s ON s.id = a.section_id
       LEFT JOIN bookmarks b ON b.article_id = a.id
     WHERE a.id IN (${placeholders(ids.length)})`,
    ...ids,
  );
  const tags = new Map<number, string[]>();
  for (const row of all<{ article_id: number; tag: string }>(
    db,
    `SELECT article_id, tag FROM bookmark_tags WHERE article_id IN (${placeholders(ids.length)}) ORDER BY tag`,
    ...ids,
  )) {
    tags.set(row.article_id, [...(tags.get(row.article_id) ?? []), row.tag]);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toRecord(row, tags.get(id) ?? [])] : [];
  });
}

function toRecord(row: RecordRow, tags: string[]): ExportRecord {
  return {
    id: toIdString(row.id),
    rowId: row.id,
    title: row.title,
    url: row.url,
    author: row.author,
    publishedAt: isoOrNull(row.published_at),
    sortTime: new Date(row.sort_time).toISOString(),
    fetchedAt: new Date(row.fetched_at).toISOString(),
    language: row.language,
    summary: row.summary,
    categories: JSON.parse(row.categories) as string[],
    wordCount: row.word_count,
    isRead: row.is_read === 1,
    feed: { id: toIdString(row.feed_id), title: row.feed_title, url: row.feed_url, siteUrl: row.site_url },
    section: row.section_id === null ? null : { id: toIdString(row.section_id), name: row.section_name ?? '' },
    bookmark:
      row.bookmarked_at === null
        ? null
        : { createdAt: new Date(row.bookmarked_at).toISOString(), tags, note: row.note ?? '' },
    html: row.full_text_html ?? row.content_html ?? '',
    leadImageUrl: row.lead_image_url,
    text: row.text,
  };
}
