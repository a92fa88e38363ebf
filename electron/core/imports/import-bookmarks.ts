/**
 * A browser's bookmarks file or a read-later app's CSV export, as bookmarks.
 * A link already bookmarked (from any feed) gains the import's tags and note
 * instead of becoming a twin; a new link becomes an article of the import
 * feed, marked for full text, whose page the next refresh fetches
 * (sync/imported-full-text.ts). All or nothing, in one transaction.
 */
import { ApiError } from '../../api/errors';
import { checkExternalUrl } from '../../api/url-policy/external-policy';
import { LIMITS } from '../../api/library-models';
import { get, run, transaction, type Db } from '../db/sql';
import { mergeNotes } from '../library/bookmarks';
import { normalizeEntry, sortTimeOf } from '../library/articles/normalize-entry';
import { insertArticle, markArticleRead } from '../library/tables/articles-table';
import { addBookmarkTags, findBookmark, insertBookmark, setBookmarkNote } from '../library/tables/bookmarks-table';
import { runRulesOnArrival } from '../rules/run-on-arrival';
import { ensureImportFeed } from './import-feed';
import type { ImportedBookmark } from './imported-bookmark';
import { looksLikeNetscape, parseNetscapeBookmarks } from './netscape-bookmarks';
import { parseReadLaterCsv } from './read-later-csv';

export interface ImportSummary {
  format: 'netscape' | 'csv';
  found: number;
  added: number;
  merged: number;
  skipped: { url: string; reason: string }[];
}

const MAX_SKIPPED_REPORTED = 50;

export function parseBookmarkFile(text: string): { format: ImportSummary['format']; bookmarks: ImportedBookmark[] } {
  if (looksLikeNetscape(text)) return { format: 'netscape', bookmarks: parseNetscapeBookmarks(text) };
  const csv = parseReadLaterCsv(text);
  if (csv) return { format: 'csv', bookmarks: csv };
  throw new ApiError(
    'INVALID_ARGUMENTS',
    'This file is neither a bookmarks file (bookmarks.html) nor a read-later CSV export with a “url” column. Nothing was imported.',
  );
}

export function importBookmarks(db: Db, text: string, now: number): ImportSummary {
  const { format, bookmarks } = parseBookmarkFile(text);
  const summary: ImportSummary = { format, found: bookmarks.length, added: 0, merged: 0, skipped: [] };
  const skip = (url: string, reason: string) => {
    if (summary.skipped.length < MAX_SKIPPED_REPORTED) summary.skipped.push({ url: url.slice(0, 200), reason });
  };
  transaction(db, () => {
    const feedId = ensureImportFeed(db, now);
    const inserted: number[] = [];
    for (const bookmark of bookmarks) {
      const verdict = checkExternalUrl(bookmark.url);
      if (!verdict.allowed) {
        skip(bookmark.url, verdict.reason);
        continue;
      }
      const tags = bookmark.tags.filter((tag) => tag.length <= LIMITS.tag).slice(0, LIMITS.tags);
      const note = bookmark.note.slice(0, LIMITS.note);
      const existing = get<{ id: number }>(
        db,
        `SELECT a.id FROM articles a WHERE a.feed_id = ? AND a.identity = ?
         UNION ALL SELECT b.article_id FROM bookmarks b JOIN articles a ON a.id = b.article_id WHERE a.url = ? LIMIT 1`,
        feedId,
        `u:${verdict.url}`,
        verdict.url,
      );
      const id = existing?.id ?? insertLink(db, feedId, verdict.url, bookmark, now);
      if (!existing) inserted.push(id);
      const local = findBookmark(db, id);
      if (local) {
        setBookmarkNote(db, id, mergeNotes(local.note, note));
        summary.merged += 1;
      } else {
        insertBookmark(db, { articleId: id, createdAt: bookmark.addedAt ?? now, note });
        summary.added += 1;
      }
      addBookmarkTags(db, id, tags);
      if (bookmark.read) markArticleRead(db, id);
    }
    // The reader's rules run on the links stored new, as on any arriving article (issue 18).
    runRulesOnArrival(db, inserted, now);
  });
  return summary;
}

function insertLink(db: Db, feedId: number, url: string, bookmark: ImportedBookmark, now: number): number {
  const row = normalizeEntry({ url, title: bookmark.title || new URL(url).hostname });
  const id = insertArticle(db, {
    feedId,
    sectionId: null,
    identity: row.identity,
    guid: null,
    url: row.url,
    title: row.title,
    author: null,
    publishedAt: null,
    updatedAt: null,
    sortTime: sortTimeOf(bookmark.addedAt, now),
    summary: null,
    contentHtml: null,
    fullTextHtml: null,
    text: row.text,
    language: null,
    languageSource: null,
    leadImageUrl: null,
    categories: [],
    wordCount: row.wordCount,
    isRead: false,
    fetchedAt: now,
    contentHash: row.contentHash,
  });
  run(db, 'INSERT INTO pending_full_text (article_id) VALUES (?)', id);
  return id;
}
