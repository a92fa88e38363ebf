/**
 * The cache's own reads and writes around the shared image index
 * (library/images.ts). A row with no content hash is an image we know of but
 * do not hold; its `fetched_at` then records the last failed or evicted
 * attempt, so neither a dead link nor a picture the quota pushed out is
 * fetched again on every refresh.
 */
import { all, get, placeholders, run, type Db } from '../db/sql';

export interface ArticleImageRow {
  id: number;
  url: string | null;
  content_html: string | null;
  full_text_html: string | null;
  lead_image_url: string | null;
}

/** Articles that qualify for offline images: recent ones and every bookmark. */
export function eligibleArticleIds(db: Db, since: number): number[] {
  return all<{ id: number }>(
    db,
    'SELECT id FROM articles WHERE sort_time >= ? UNION SELECT article_id AS id FROM bookmarks ORDER BY id DESC',
    since,
  ).map((row) => row.id);
}

export function eligibleAmong(db: Db, ids: readonly number[], since: number): ArticleImageRow[] {
  if (ids.length === 0) return [];
  return all<ArticleImageRow>(
    db,
    `SELECT a.id, a.url, a.content_html, a.full_text_html, a.lead_image_url FROM articles a
     WHERE a.id IN (${placeholders(ids.length)})
       AND (a.sort_time >= ? OR EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id))`,
    ...ids,
    since,
  );
}

export function articleImageRow(db: Db, id: number): ArticleImageRow | undefined {
  return get<ArticleImageRow>(
    db,
    'SELECT id, url, content_html, full_text_html, lead_image_url FROM articles WHERE id = ?',
    id,
  );
}

export function linkedUrls(db: Db, articleId: number): string[] {
  return all<{ url: string }>(
    db,
    'SELECT i.url FROM article_images ai JOIN images i ON i.id = ai.image_id WHERE ai.article_id = ?',
    articleId,
  ).map((row) => row.url);
}

/** Images of these articles we do not hold and may try now. */
export function pendingDownloads(db: Db, articleIds: readonly number[], retryBefore: number): string[] {
  if (articleIds.length === 0) return [];
  return all<{ url: string }>(
    db,
    `SELECT DISTINCT i.url FROM article_images ai JOIN images i ON i.id = ai.image_id
     WHERE ai.article_id IN (${placeholders(articleIds.length)})
       AND i.content_hash IS NULL AND (i.fetched_at IS NULL OR i.fetched_at < ?)`,
    ...articleIds,
    retryBefore,
  ).map((row) => row.url);
}

export function markAttempted(db: Db, url: string, now: number): void {
  run(db, 'UPDATE images SET fetched_at = ? WHERE url = ? AND content_hash IS NULL', now, url);
}

export interface CachedRow {
  id: number;
  url: string;
  contentHash: string;
}

export function cachedImagesOf(db: Db, articleId: number): CachedRow[] {
  return all<CachedRow>(
    db,
    `SELECT i.id, i.url, i.content_hash AS contentHash FROM article_images ai JOIN images i ON i.id = ai.image_id
     WHERE ai.article_id = ? AND i.content_hash IS NOT NULL`,
    articleId,
  );
}

export function touchImages(db: Db, ids: readonly number[], now: number): void {
  if (ids.length === 0) return;
  run(db, `UPDATE images SET last_used_at = ? WHERE id IN (${placeholders(ids.length)})`, now, ...ids);
}

/**
 * Drops the bytes but keeps the row (and its article links). `attemptedAt`
 * null means "fetch again on the next pass" (the file vanished); a time means
 * "not before the retry delay" (the quota evicted it).
 */
export function clearCachedBytes(db: Db, ids: readonly number[], attemptedAt: number | null): void {
  for (const part of chunks(ids)) {
    run(
      db,
      `UPDATE images SET content_hash = NULL, mime_type = NULL, byte_size = NULL, fetched_at = ?
       WHERE id IN (${placeholders(part.length)})`,
      attemptedAt,
      ...part,
    );
  }
}

/** Rows no article uses, that are no feed's icon, and whose bytes we do not hold are forgotten. */
export function dropUnusedPlaceholders(db: Db): number {
  return run(
    db,
    `DELETE FROM images WHERE content_hash IS NULL
       AND NOT EXISTS (SELECT 1 FROM article_images ai WHERE ai.image_id = images.id)
       AND NOT EXISTS (SELECT 1 FROM feed_icons fi WHERE fi.image_url = images.url)`,
  );
}

/** Which of these hashes some row still names (another URL with the same bytes, or a thumbnail's file). */
export function hashesInUse(db: Db, hashes: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const part of chunks(hashes)) {
    const list = placeholders(part.length);
    const sql = `SELECT content_hash AS h FROM images WHERE content_hash IN (${list})
                 UNION SELECT thumb_hash AS h FROM image_thumbnails WHERE thumb_hash IN (${list})`;
    for (const row of all<{ h: string }>(db, sql, ...part, ...part)) found.add(row.h);
  }
  return found;
}

/** Long IN lists are split so no statement nears SQLite's bound-parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
