/**
 * Bookmarks with tags and a note. Setting a bookmark on an already bookmarked
 * article changes only what the input names. Oversized input is refused
 * before anything is written. Bookmarking or removing the bookmark of a sync
 * service's article queues its star for the service in the same transaction,
 * and its tags added or removed as item labels. Removing the bookmark removes
 * its tags here only: the server's labels stay on the item, and come back as
 * tags if it is starred again (as a kept note does).
 */
import { ApiError } from '../../api/errors';
import { LIMITS, type Bookmark, type BookmarkInput } from '../../api/library-models';
import { all, get, transaction, type Db } from '../db/sql';
import { queueChange, serviceItemOf } from './outbox/queue-change';
import { notFound, toIdString, toRowId } from './row-ids';
import { queueLabelChanges } from './outbox/label-changes';
import {
  bookmarkTagsOf,
  deleteBookmark,
  insertBookmark,
  replaceBookmarkTags,
  setBookmarkNote,
} from './tables/bookmarks-table';
import { setRuleTags } from './tables/articles-table';

export function setBookmark(db: Db, articleId: string, input: BookmarkInput, now: number): Bookmark {
  const id = toRowId(articleId, 'article');
  const given = input.tags === undefined ? undefined : normalizeTags(input.tags);
  if (input.note !== undefined && input.note.length > LIMITS.note) {
    throw new ApiError('INVALID_ARGUMENTS', `A note can hold at most ${LIMITS.note} characters.`);
  }
  transaction(db, () => {
    const article = get<{ rule_tags: string | null }>(db, 'SELECT rule_tags FROM articles WHERE id = ?', id);
    if (!article) throw notFound('article', articleId);
    let tags = given;
    if (insertBookmark(db, { articleId: id, createdAt: now, note: '' })) {
      queueStar(db, id, true, now);
      // Tags a rule gave the article before it was bookmarked land on its bookmark now (issue 18).
      if (article.rule_tags !== null) {
        tags = withRuleTags(given, JSON.parse(article.rule_tags) as string[]);
        setRuleTags(db, id, null);
      }
    }
    if (input.note !== undefined) setBookmarkNote(db, id, input.note);
    if (tags !== undefined) {
      const before = bookmarkTagsOf(db, id);
      replaceBookmarkTags(db, id, tags);
      queueTagLabels(db, id, before, tags, now);
    }
  });
  return getBookmark(db, articleId);
}

export function removeBookmark(db: Db, articleId: string, now: number): void {
  const id = toRowId(articleId, 'article');
  transaction(db, () => {
    if (!deleteBookmark(db, id)) throw notFound('bookmark', articleId);
    queueStar(db, id, false, now);
  });
}

/** A bookmark is the service's star: on a sync service's article the change waits in the outbox. */
function queueStar(db: Db, articleId: number, starred: boolean, now: number): void {
  const item = serviceItemOf(db, articleId);
  if (item) queueChange(db, { ...item, articleId, key: 'starred', value: starred, prior: !starred, queuedAt: now });
}

/** A sync service's article: its tags travel as item labels, so what changed waits in the outbox (label-changes.ts). */
function queueTagLabels(db: Db, articleId: number, before: readonly string[], after: readonly string[], now: number) {
  const item = serviceItemOf(db, articleId);
  if (!item) return;
  const added = after.filter((tag) => !before.includes(tag));
  const removed = before.filter((tag) => !after.includes(tag));
  if (added.length + removed.length > 0) queueLabelChanges(db, { ...item, articleId }, added, removed, now);
}

export function getBookmark(db: Db, articleId: string): Bookmark {
  const id = toRowId(articleId, 'article');
  const row = get<{ created_at: number; note: string }>(
    db,
    'SELECT created_at, note FROM bookmarks WHERE article_id = ?',
    id,
  );
  if (!row) throw notFound('bookmark', articleId);
  const tags = all<{ tag: string }>(db, 'SELECT tag FROM bookmark_tags WHERE article_id = ? ORDER BY tag', id).map(
    (r) => r.tag,
  );
  return { articleId: toIdString(id), createdAt: new Date(row.created_at).toISOString(), tags, note: row.note };
}

export function listBookmarkTags(db: Db): { tag: string; count: number }[] {
  return all<{ tag: string; count: number }>(
    db,
    'SELECT tag, COUNT(*) AS count FROM bookmark_tags GROUP BY tag ORDER BY tag',
  );
}

/** The reader's tags (or none given) with a rule's, within the bookmark's limit. */
function withRuleTags(given: readonly string[] | undefined, ruleTags: readonly string[]): string[] {
  return [...new Set([...(given ?? []), ...ruleTags])].slice(0, LIMITS.tags);
}

function normalizeTags(tags: readonly string[]): string[] {
  const clean = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
  if (clean.length > LIMITS.tags)
    throw new ApiError('INVALID_ARGUMENTS', `A bookmark can have at most ${LIMITS.tags} tags.`);
  if (clean.some((tag) => tag.length > LIMITS.tag)) {
    throw new ApiError('INVALID_ARGUMENTS', `A tag can be at most ${LIMITS.tag} characters long.`);
  }
  return clean;
}

/** What stands between the reader's note and one brought in from a backup or an import. */
export const NOTE_SEPARATOR = '\n\n— restored from a backup —\n\n';

/** Joins a note brought in from elsewhere to the reader's own; the same text twice is kept once. */
export function mergeNotes(local: string, restored: string): string {
  if (restored === '' || restored === local || local.includes(restored)) return local;
  if (local === '') return restored;
  return `${local}${NOTE_SEPARATOR}${restored}`;
}
