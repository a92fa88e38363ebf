/**
 * The offline image index: which image bytes the cache holds (named by
 * content hash) and which articles show them. The cache module owns the
 * files; this index tells it what may be evicted, which is never an image a
 * bookmarked article uses.
 */
import { all, get, placeholders, run, transaction, type Db } from '../db/sql';
import { toRowId } from '../library/row-ids';

export interface CachedImage {
  url: string;
  contentHash: string;
  mimeType: string;
  byteSize: number;
}

export interface EvictionCandidate {
  id: number;
  url: string;
  contentHash: string | null;
  byteSize: number;
  /** The picture's thumbnail, which goes with it and counts toward the quota with it. */
  thumbBytes: number;
}

export function recordImage(db: Db, image: CachedImage, now: number): number {
  return get<{ id: number }>(
    db,
    `INSERT INTO images (url, content_hash, mime_type, byte_size, fetched_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, mime_type = excluded.mime_type,
       byte_size = excluded.byte_size, fetched_at = excluded.fetched_at, last_used_at = excluded.last_used_at
     RETURNING id`,
    image.url,
    image.contentHash,
    image.mimeType,
    image.byteSize,
    now,
    now,
  )!.id;
}

/** Records which images an article shows; images not yet cached get a placeholder row. */
export function linkArticleImages(db: Db, articleId: string, urls: readonly string[]): void {
  const id = toRowId(articleId, 'article');
  transaction(db, () => {
    run(db, 'DELETE FROM article_images WHERE article_id = ?', id);
    for (const url of new Set(urls)) {
      run(db, 'INSERT INTO images (url) VALUES (?) ON CONFLICT (url) DO NOTHING', url);
      run(
        db,
        'INSERT OR IGNORE INTO article_images (article_id, image_id) SELECT ?, id FROM images WHERE url = ?',
        id,
        url,
      );
    }
  });
}

export function touchImage(db: Db, url: string, now: number): void {
  run(db, 'UPDATE images SET last_used_at = ? WHERE url = ?', now, url);
}

/**
 * Least recently used cached images to drop until the cache fits `maxBytes`.
 * Images of bookmarked articles are neither candidates nor counted against
 * the budget; feeds' icons are never candidates but do count (a few KB each).
 * Images no article uses any more go first. A picture's thumbnail counts with
 * it.
 */
export function evictionCandidates(db: Db, maxBytes: number): EvictionCandidate[] {
  const rows = all<EvictionCandidate & { used: number; icon: number }>(
    db,
    `SELECT i.id, i.url, i.content_hash AS contentHash, i.byte_size AS byteSize,
            COALESCE(t.byte_size, 0) AS thumbBytes,
            EXISTS (SELECT 1 FROM article_images ai WHERE ai.image_id = i.id) AS used,
            EXISTS (SELECT 1 FROM feed_icons fi WHERE fi.image_url = i.url) AS icon
     FROM images i LEFT JOIN image_thumbnails t ON t.source_hash = i.content_hash
     WHERE i.content_hash IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM article_images ai JOIN bookmarks b ON b.article_id = ai.article_id WHERE ai.image_id = i.id)
     ORDER BY used, i.last_used_at, i.id`,
  );
  let total = rows.reduce((sum, row) => sum + row.byteSize + row.thumbBytes, 0);
  const out: EvictionCandidate[] = [];
  for (const row of rows) {
    if (row.icon === 1) continue;
    if (total <= maxBytes && row.used === 1) break;
    const { id, url, contentHash, byteSize, thumbBytes } = row;
    out.push({ id, url, contentHash, byteSize, thumbBytes });
    total -= row.byteSize + row.thumbBytes;
  }
  return out;
}

/** Forgets images whose files the cache has deleted. */
export function forgetImages(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  run(db, `DELETE FROM images WHERE id IN (${placeholders(ids.length)})`, ...ids);
}
