/**
 * The one writer of `bookmarks` and `bookmark_tags`. The reader's bookmark edits, restore and imports all go
 * through here; merging rules (which note, which date) are the callers', and tags arrive already normalised.
 */
import { all, get, run, type Db } from '../../db/sql';

export interface BookmarkRow {
  articleId: number;
  createdAt: number;
  note: string;
}

export function findBookmark(db: Db, articleId: number): BookmarkRow | undefined {
  const row = get<{ created_at: number; note: string }>(
    db,
    'SELECT created_at, note FROM bookmarks WHERE article_id = ?',
    articleId,
  );
  return row && { articleId, createdAt: row.created_at, note: row.note };
}

/** Bookmarks the article unless it already is; returns whether it was new. */
export function insertBookmark(db: Db, row: BookmarkRow): boolean {
  return (
    run(
      db,
      'INSERT INTO bookmarks (article_id, created_at, note) VALUES (?, ?, ?) ON CONFLICT (article_id) DO NOTHING',
      row.articleId,
      row.createdAt,
      row.note,
    ) > 0
  );
}

export function setBookmarkNote(db: Db, articleId: number, note: string): void {
  run(db, 'UPDATE bookmarks SET note = ? WHERE article_id = ?', note, articleId);
}

/** A bookmark merged with another copy of itself: the date and note the caller settled on. */
export function setBookmarkDateAndNote(db: Db, row: BookmarkRow): void {
  run(db, 'UPDATE bookmarks SET created_at = ?, note = ? WHERE article_id = ?', row.createdAt, row.note, row.articleId);
}

/** Returns whether there was a bookmark to remove; its tags go with it. */
export function deleteBookmark(db: Db, articleId: number): boolean {
  return run(db, 'DELETE FROM bookmarks WHERE article_id = ?', articleId) > 0;
}

/** The bookmark's tags become exactly these. */
export function replaceBookmarkTags(db: Db, articleId: number, tags: readonly string[]): void {
  run(db, 'DELETE FROM bookmark_tags WHERE article_id = ?', articleId);
  addBookmarkTags(db, articleId, tags);
}

/** Adds these tags to the bookmark's own (a union: tags it has already are kept once). */
export function addBookmarkTags(db: Db, articleId: number, tags: readonly string[]): void {
  for (const tag of tags)
    run(db, 'INSERT OR IGNORE INTO bookmark_tags (tag, article_id) VALUES (?, ?)', tag, articleId);
}

/** Takes these tags off the bookmark (a tag it does not have is no matter). */
export function removeBookmarkTags(db: Db, articleId: number, tags: readonly string[]): void {
  for (const tag of tags) run(db, 'DELETE FROM bookmark_tags WHERE article_id = ? AND tag = ?', articleId, tag);
}

export function bookmarkTagsOf(db: Db, articleId: number): string[] {
  return all<{ tag: string }>(db, 'SELECT tag FROM bookmark_tags WHERE article_id = ? ORDER BY tag', articleId).map(
    (row) => row.tag,
  );
}

/** Removing an account: the bookmarks of one of its feeds go with it. */
export function deleteBookmarksOfFeed(db: Db, feedId: number): void {
  run(db, 'DELETE FROM bookmarks WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)', feedId);
}
