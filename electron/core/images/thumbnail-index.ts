/**
 * The `image_thumbnails` table: which cached pictures have a small copy for lists (keyed by the picture's content
 * hash, so identical bytes under two addresses share one), which could not be made small, and which are still to
 * do. Only articles' lead pictures get one: they are what lists and the front page show.
 */
import { all, get, placeholders, run, type Db } from '../db/sql';

export interface StoredThumbnail {
  hash: string;
  byteSize: number;
}

/** `thumb` null: the picture could not be made small, and is not tried again. */
export function recordThumbnail(db: Db, sourceHash: string, thumb: StoredThumbnail | null, now: number): void {
  run(
    db,
    `INSERT INTO image_thumbnails (source_hash, thumb_hash, byte_size, made_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_hash) DO UPDATE SET thumb_hash = excluded.thumb_hash, byte_size = excluded.byte_size,
       made_at = excluded.made_at`,
    sourceHash,
    thumb?.hash ?? null,
    thumb?.byteSize ?? 0,
    now,
  );
}

export function hasThumbnailRow(db: Db, sourceHash: string): boolean {
  return get(db, 'SELECT 1 AS found FROM image_thumbnails WHERE source_hash = ?', sourceHash) !== undefined;
}

/** Cached lead pictures of these articles that have no thumbnail yet. */
export function pendingThumbnailsOf(db: Db, articleIds: readonly number[]): string[] {
  if (articleIds.length === 0) return [];
  const rows = all<{ hash: string }>(
    db,
    `SELECT i.content_hash AS hash FROM articles a JOIN images i ON i.url = a.lead_image_url
     WHERE a.id IN (${placeholders(articleIds.length)}) AND i.content_hash IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM image_thumbnails t WHERE t.source_hash = i.content_hash)`,
    ...articleIds,
  );
  return [...new Set(rows.map((row) => row.hash))];
}

/**
 * The next cached lead pictures without a thumbnail, newest articles first (what the reader sees first), from
 * before `cursor` (an article id) so that one catch-up run ends even when some pictures are skipped. It starts
 * from the cached images, not the articles: a library of 100,000 articles with every thumbnail made costs a walk
 * over a few thousand cached pictures, not over every article.
 */
export function nextPendingThumbnails(
  db: Db,
  cursor: number,
  limit: number,
): { hashes: string[]; cursor: number | null } {
  const rows = all<{ id: number; hash: string }>(
    db,
    `SELECT a.id, i.content_hash AS hash FROM images i
     JOIN article_images ai ON ai.image_id = i.id
     JOIN articles a ON a.id = ai.article_id AND a.lead_image_url = i.url
     WHERE i.content_hash IS NOT NULL AND a.id < ?
       AND NOT EXISTS (SELECT 1 FROM image_thumbnails t WHERE t.source_hash = i.content_hash)
     ORDER BY a.id DESC LIMIT ?`,
    cursor,
    limit,
  );
  return { hashes: [...new Set(rows.map((row) => row.hash))], cursor: rows.length < limit ? null : rows.at(-1)!.id };
}

export interface LeadPictureRow {
  id: number;
  hash: string | null;
  thumb: string | null;
  tried: number;
}

/** For each of these articles that has a lead picture: its cached bytes and small copy, when held. */
export function leadPictures(db: Db, articleIds: readonly number[]): LeadPictureRow[] {
  if (articleIds.length === 0) return [];
  return all<LeadPictureRow>(
    db,
    `SELECT a.id, i.content_hash AS hash, t.thumb_hash AS thumb, t.source_hash IS NOT NULL AS tried
     FROM articles a
     LEFT JOIN images i ON i.url = a.lead_image_url
     LEFT JOIN image_thumbnails t ON t.source_hash = i.content_hash
     WHERE a.id IN (${placeholders(articleIds.length)}) AND a.lead_image_url IS NOT NULL`,
    ...articleIds,
  );
}

/**
 * Forgets the thumbnails of pictures no image row holds any more (evicted, vanished, never restored) and returns
 * their small copies, whose files the caller deletes once no row names them.
 */
export function forgetOrphanThumbnails(db: Db): StoredThumbnail[] {
  return all<{ hash: string | null; byteSize: number }>(
    db,
    `DELETE FROM image_thumbnails
     WHERE NOT EXISTS (SELECT 1 FROM images i WHERE i.content_hash = image_thumbnails.source_hash)
     RETURNING thumb_hash AS hash, byte_size AS byteSize`,
  ).filter((row): row is StoredThumbnail => row.hash !== null);
}
