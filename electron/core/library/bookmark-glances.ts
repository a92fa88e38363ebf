/**
 * The bookmarks list's rows with their tags and note (`api/bookmark-glance.ts`).
 * One query per page of rows, not one per row; a note can hold pages of text,
 * so only its opening is read and travels to the list.
 */
import { NOTE_GLANCE_CHARS, noteGlance, type BookmarkGlance } from '../../api/bookmark-glance';
import type { ArticleSummary } from '../../api/library-models';
import { all, placeholders, type Db } from '../db/sql';

/** The page's bookmarked articles with their glance; the others unchanged. */
export function withBookmarkGlances(db: Db, items: ArticleSummary[]): ArticleSummary[] {
  const ids = items.filter((item) => item.isBookmarked).map((item) => Number(item.id));
  if (ids.length === 0) return items;
  const notes = all<{ article_id: number; note: string }>(
    db,
    `SELECT article_id, substr(note, 1, ${NOTE_GLANCE_CHARS * 4}) AS note FROM bookmarks WHERE article_id IN (${placeholders(ids.length)})`,
    ...ids,
  );
  const tags = all<{ article_id: number; tag: string }>(
    db,
    `SELECT article_id, tag FROM bookmark_tags WHERE article_id IN (${placeholders(ids.length)}) ORDER BY tag`,
    ...ids,
  );
  const glances = new Map<string, BookmarkGlance>(
    notes.map((row) => [String(row.article_id), { tags: [], note: noteGlance(row.note) }]),
  );
  for (const row of tags) glances.get(String(row.article_id))?.tags.push(row.tag);
  return items.map((item) => {
    const glance = glances.get(item.id);
    return glance ? { ...item, bookmarkGlance: glance } : item;
  });
}
