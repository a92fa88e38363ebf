/**
 * Bookmarked articles, read marks and the image index from a backup.
 * An article the library already has (same feed URL and identity) keeps its
 * content; it gains the backup's bookmark, tags (union) and note (both kept,
 * one after the other, when they differ), and is read if either side read it.
 */
import { mergeNotes } from '../library/bookmarks';
import { get, run, type Db } from '../db/sql';
import { writeSearchDocument } from '../db/search-index';
import { categoryKey } from '../library/articles/upsert-articles';
import type { BookmarkRecord, ImageRecord } from './backup-format';
import { feedKey, type LibraryMaps, type Tally } from './restore-library';

export function restoreBookmark(db: Db, record: BookmarkRecord, feeds: LibraryMaps['feeds'], tally: Tally): void {
  const feed = feeds.get(feedKey(record.feedUrl));
  // feeds.json lists every feed the bookmarks name; a hand-made file that does not is damaged.
  if (!feed) throw new Error(`a bookmark names a feed the backup does not list`);
  const existing = get<{ id: number }>(
    db,
    'SELECT id FROM articles WHERE feed_id = ? AND identity = ?',
    feed.id,
    record.identity,
  );
  const id = existing ? existing.id : insertArticle(db, record, feed.id, feed.sectionId);
  if (existing) {
    if (record.isRead) run(db, 'UPDATE articles SET is_read = 1 WHERE id = ? AND is_read = 0', id);
    adoptFullText(db, id, record);
  }
  const local = get<{ created_at: number; note: string }>(
    db,
    'SELECT created_at, note FROM bookmarks WHERE article_id = ?',
    id,
  );
  if (!local) {
    run(
      db,
      'INSERT INTO bookmarks (article_id, created_at, note) VALUES (?, ?, ?)',
      id,
      record.bookmark.createdAt,
      record.bookmark.note,
    );
    tally.added += 1;
  } else {
    run(
      db,
      'UPDATE bookmarks SET created_at = ?, note = ? WHERE article_id = ?',
      Math.min(local.created_at, record.bookmark.createdAt),
      mergeNotes(local.note, record.bookmark.note),
      id,
    );
    tally.merged += 1;
  }
  for (const tag of record.bookmark.tags)
    run(db, 'INSERT OR IGNORE INTO bookmark_tags (tag, article_id) VALUES (?, ?)', tag, id);
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

function insertArticle(db: Db, r: BookmarkRecord, feedId: number, sectionId: number | null): number {
  const id = get<{ id: number }>(
    db,
    `INSERT INTO articles (feed_id, section_id, identity, guid, url, title, author, published_at, updated_at, sort_time,
       summary, content_html, full_text_html, text, language, lead_image_url, categories, word_count, is_read, fetched_at, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    feedId,
    sectionId,
    r.identity,
    r.guid,
    r.url,
    r.title,
    r.author,
    r.publishedAt,
    r.updatedAt,
    r.sortTime,
    r.summary,
    r.contentHtml,
    r.fullTextHtml,
    r.text,
    r.language,
    r.leadImageUrl,
    JSON.stringify(r.categories),
    r.wordCount,
    r.isRead ? 1 : 0,
    r.fetchedAt,
    r.contentHash,
  )!.id;
  for (const key of new Set(r.categories.map(categoryKey))) {
    run(
      db,
      'INSERT OR IGNORE INTO article_categories (category, sort_time, article_id) VALUES (?, ?, ?)',
      key,
      r.sortTime,
      id,
    );
  }
  writeSearchDocument(db, id, { title: r.title, author: r.author, text: r.text, categories: r.categories }, false);
  return id;
}

/** The library's copy has no extracted text but the backup's has: keep the backup's. */
function adoptFullText(db: Db, id: number, r: BookmarkRecord): void {
  if (r.fullTextHtml === null) return;
  const changed = run(
    db,
    'UPDATE articles SET full_text_html = ?, text = ?, word_count = ? WHERE id = ? AND full_text_html IS NULL',
    r.fullTextHtml,
    r.text,
    r.wordCount,
    id,
  );
  if (changed === 0) return;
  run(db, 'DELETE FROM pending_full_text WHERE article_id = ?', id);
  const row = get<{ title: string; author: string | null; categories: string }>(
    db,
    'SELECT title, author, categories FROM articles WHERE id = ?',
    id,
  )!;
  writeSearchDocument(
    db,
    id,
    { title: row.title, author: row.author, text: r.text, categories: JSON.parse(row.categories) as string[] },
    true,
  );
}

/** A read article: read now if the library has it, else when it is fetched again (see migration 006). */
export function restoreReadMark(db: Db, feedUrl: string, identity: string, feeds: LibraryMaps['feeds']): void {
  const feed = feeds.get(feedKey(feedUrl));
  const changed = feed
    ? run(db, 'UPDATE articles SET is_read = 1 WHERE feed_id = ? AND identity = ?', feed.id, identity)
    : 0;
  if (changed === 0)
    run(db, 'INSERT OR IGNORE INTO read_marks (feed_url, identity) VALUES (?, ?)', feed?.url ?? feedUrl, identity);
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
