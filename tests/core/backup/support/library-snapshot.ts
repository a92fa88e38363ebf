import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { all, type Db } from '../../../../electron/core/db/sql';
import { imagePath, imagesDir } from '../../../../electron/core/images/cache-paths';

/**
 * A library as the reader knows it, with no row ids: what a restore must
 * reproduce. Read state is "which articles are read", counting read marks
 * still waiting for their article to be fetched again.
 */
export function snapshot(db: Db, dataDir: string) {
  const sections = all<{ name: string; position: number }>(db, 'SELECT name, position FROM sections ORDER BY position');
  const feeds = all(
    db,
    `SELECT f.url, f.site_url, f.title, f.icon_url, s.name AS section, f.position, f.full_text, f.refresh_minutes, f.paused, f.archived, f.created_at
     FROM feeds f LEFT JOIN sections s ON s.id = f.section_id ORDER BY f.url`,
  );
  const bookmarks = all<Record<string, unknown> & { id: number }>(
    db,
    `SELECT a.id, f.url AS feed, a.identity, a.guid, a.url, a.title, a.author, a.published_at, a.updated_at, a.sort_time, a.summary,
            a.content_html, a.full_text_html, a.text, a.language, a.lead_image_url, a.categories, a.word_count, a.is_read,
            a.fetched_at, a.content_hash, b.created_at AS bookmarked_at, b.note, s.name AS section,
            EXISTS (SELECT 1 FROM pending_full_text p WHERE p.article_id = a.id) AS pending
     FROM bookmarks b JOIN articles a ON a.id = b.article_id JOIN feeds f ON f.id = a.feed_id LEFT JOIN sections s ON s.id = a.section_id
     ORDER BY f.url, a.identity`,
  ).map(({ id, ...row }) => ({
    ...row,
    tags: all<{ tag: string }>(db, 'SELECT tag FROM bookmark_tags WHERE article_id = ? ORDER BY tag', id).map(
      (r) => r.tag,
    ),
    images: all<{ url: string; hash: string | null }>(
      db,
      'SELECT i.url, i.content_hash AS hash FROM article_images ai JOIN images i ON i.id = ai.image_id WHERE ai.article_id = ? ORDER BY i.url',
      id,
    ).map((image) => ({
      ...image,
      bytes: image.hash ? sha(readFileSync(imagePath(imagesDir(dataDir), image.hash))) : null,
    })),
  }));
  const read = [
    ...all<{ k: string }>(
      db,
      `SELECT f.url || ' ' || a.identity AS k FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.is_read = 1`,
    ),
    ...all<{ k: string }>(db, `SELECT feed_url || ' ' || identity AS k FROM read_marks`),
  ]
    .map((r) => r.k)
    .sort();
  // Restored bookmarks are found by search like the originals.
  const search = all<{ n: number }>(
    db,
    "SELECT COUNT(*) AS n FROM article_search s JOIN bookmarks b ON b.article_id = s.rowid WHERE article_search MATCH 'story'",
  )[0]?.n;
  return { sections, feeds, bookmarks, read, search };
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
