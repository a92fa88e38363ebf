/**
 * Bookmarked articles, read marks and the image index from a backup.
 * An article the library already has (same account, feed URL and identity) keeps its
 * content; it gains the backup's bookmark, tags (union) and note (both kept,
 * one after the other, when they differ), and is read if either side read it.
 */
import { mergeNotes } from '../library/bookmarks';
import { run, type Db } from '../db/sql';
import {
  adoptFullText,
  findArticle,
  insertArticle,
  markArticleRead,
  markReadByIdentity,
} from '../library/tables/articles-table';
import {
  addBookmarkTags,
  findBookmark,
  insertBookmark,
  setBookmarkDateAndNote,
} from '../library/tables/bookmarks-table';
import { addReadMark } from '../library/tables/read-marks-table';
import type { BookmarkRecord, ImageRecord } from './backup-format';
import { accountOf } from './restore-accounts';
import { libraryFeedKey, type LibraryMaps, type Tally } from './restore-library';

export interface ReadMark {
  feedUrl: string;
  identity: string;
  /** The backup's account id. */
  account: string;
}

export function restoreBookmark(db: Db, record: BookmarkRecord, maps: LibraryMaps, tally: Tally): void {
  const feed = maps.feeds.get(libraryFeedKey(accountOf(maps.accounts, record.account), record.feedUrl));
  // feeds.json lists every feed the bookmarks name; a hand-made file that does not is damaged.
  if (!feed) throw new Error(`a bookmark names a feed the backup does not list`);
  const existing = findArticle(db, feed.id, record.identity);
  const id = existing ? existing.id : insertRecord(db, record, feed.id, feed.sectionId);
  if (existing) {
    if (record.isRead) markArticleRead(db, id);
    if (record.fullTextHtml !== null) {
      const page = { html: record.fullTextHtml, text: record.text, wordCount: record.wordCount };
      if (adoptFullText(db, id, page)) run(db, 'DELETE FROM pending_full_text WHERE article_id = ?', id);
    }
  }
  const local = findBookmark(db, id);
  if (!local) {
    insertBookmark(db, { articleId: id, createdAt: record.bookmark.createdAt, note: record.bookmark.note });
    tally.added += 1;
  } else {
    setBookmarkDateAndNote(db, {
      articleId: id,
      createdAt: Math.min(local.createdAt, record.bookmark.createdAt),
      note: mergeNotes(local.note, record.bookmark.note),
    });
    tally.merged += 1;
  }
  addBookmarkTags(db, id, record.bookmark.tags);
  if (record.pendingFullText && !existing)
    run(db, 'INSERT OR IGNORE INTO pending_full_text (article_id) VALUES (?)', id);
  for (const url of record.images) {
    run(db, 'INSERT INTO images (url) VALUES (?) ON CONFLICT (url) DO NOTHING', url);
    run(
      db,
      'INSERT OR IGNORE INTO article_images (article_id, image_id) SELECT ?, id FROM images WHERE url = ?',
      id,
      url,
    );
  }
}

function insertRecord(db: Db, r: BookmarkRecord, feedId: number, sectionId: number | null): number {
  return insertArticle(db, {
    feedId,
    sectionId,
    identity: r.identity,
    remoteId: r.remoteId,
    guid: r.guid,
    url: r.url,
    title: r.title,
    author: r.author,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
    sortTime: r.sortTime,
    summary: r.summary,
    contentHtml: r.contentHtml,
    fullTextHtml: r.fullTextHtml,
    text: r.text,
    language: r.language,
    languageSource: null,
    leadImageUrl: r.leadImageUrl,
    categories: r.categories,
    wordCount: r.wordCount,
    isRead: r.isRead,
    fetchedAt: r.fetchedAt,
    contentHash: r.contentHash,
  });
}

/**
 * A read article: read now if the library has it, else when it is fetched again into that account's feed (see
 * migrations 006 and 012). Nothing is queued for a sync service: its own state comes back with its next sync.
 */
export function restoreReadMark(db: Db, mark: ReadMark, maps: LibraryMaps): void {
  const accountId = accountOf(maps.accounts, mark.account);
  const feed = maps.feeds.get(libraryFeedKey(accountId, mark.feedUrl));
  const held = feed ? markReadByIdentity(db, feed.id, mark.identity) : false;
  if (!held) addReadMark(db, accountId, feed?.url ?? mark.feedUrl, mark.identity);
}

/** An image the backup holds: the library's own cached copy, if any, wins. */
export function restoreImageRow(db: Db, image: ImageRecord, now: number): void {
  run(
    db,
    `INSERT INTO images (url, content_hash, mime_type, byte_size, fetched_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, mime_type = excluded.mime_type,
       byte_size = excluded.byte_size, fetched_at = excluded.fetched_at, last_used_at = excluded.last_used_at
     WHERE images.content_hash IS NULL`,
    image.url,
    image.contentHash,
    image.mimeType || null,
    image.byteSize,
    now,
    now,
  );
}
