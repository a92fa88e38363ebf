/**
 * A service's read and starred state for one stored article, written
 * without queueing anything for the server (it came from the server).
 * Starred is bookmarked here. Un-starred elsewhere, the bookmark goes, but
 * the reader's note and tags are kept with the article (`kept_notes`) and
 * come back if it is starred again: sync never deletes what the reader wrote.
 */
import type { Db } from '../../db/sql';
import { setReadFlagOf } from '../../library/tables/articles-table';
import {
  addBookmarkTags,
  bookmarkTagsOf,
  deleteBookmark,
  findBookmark,
  insertBookmark,
  setBookmarkNote,
} from '../../library/tables/bookmarks-table';
import { deleteKeptNote, findKeptNote, keepNote } from '../../library/tables/kept-notes-table';

/** Returns whether the article's read flag changed. */
export function applyReadState(db: Db, articleId: number, read: boolean): boolean {
  return setReadFlagOf(db, articleId, read);
}

/** Returns whether the article's bookmark changed. */
export function applyStarredState(db: Db, articleId: number, starred: boolean, now: number): boolean {
  const bookmark = findBookmark(db, articleId);
  if (starred === (bookmark !== undefined)) return false;
  if (starred) {
    insertBookmark(db, { articleId, createdAt: now, note: '' });
    const kept = findKeptNote(db, articleId);
    if (kept) {
      setBookmarkNote(db, articleId, kept.note);
      addBookmarkTags(db, articleId, kept.tags);
      deleteKeptNote(db, articleId);
    }
    return true;
  }
  const tagList = bookmarkTagsOf(db, articleId);
  if (bookmark!.note !== '' || tagList.length > 0) keepNote(db, { articleId, note: bookmark!.note, tags: tagList });
  deleteBookmark(db, articleId);
  return true;
}
