/**
 * Feeds' own icons (the RSS image, Atom icon or logo, JSON Feed icon or favicon the feed declares) in the offline
 * cache. `feed_icons` (migration 011) names each feed's icon so eviction leaves it alone; the image row itself is
 * an ordinary one, so a failed or refused icon keeps its `fetched_at` and is retried only after the cache's delay.
 * `/favicon.ico` is never guessed: ICO is not a format the cache accepts.
 */
import { all, run, transaction, type Db } from '../db/sql';

/** Brings `feed_icons` in line with the feeds' declared icons and gives each icon an image row to download into. */
export function linkFeedIcons(db: Db): void {
  transaction(db, () => {
    run(
      db,
      `DELETE FROM feed_icons WHERE NOT EXISTS
         (SELECT 1 FROM feeds f WHERE f.id = feed_icons.feed_id AND f.icon_url = feed_icons.image_url)`,
    );
    run(
      db,
      `INSERT OR IGNORE INTO feed_icons (feed_id, image_url)
       SELECT id, icon_url FROM feeds WHERE icon_url LIKE 'https://%' OR icon_url LIKE 'http://%'`,
    );
    run(
      db,
      'INSERT INTO images (url) SELECT DISTINCT image_url FROM feed_icons WHERE true ON CONFLICT (url) DO NOTHING',
    );
  });
}

/** Icons we do not hold and may try now. */
export function pendingFeedIcons(db: Db, retryBefore: number): string[] {
  return all<{ url: string }>(
    db,
    `SELECT DISTINCT i.url FROM feed_icons fi JOIN images i ON i.url = fi.image_url
     WHERE i.content_hash IS NULL AND (i.fetched_at IS NULL OR i.fetched_at < ?)`,
    retryBefore,
  ).map((row) => row.url);
}

/** Each feed whose icon is cached → the content hash of its bytes. */
export function cachedFeedIcons(db: Db): { feedId: number; hash: string }[] {
  return all<{ feedId: number; hash: string }>(
    db,
    `SELECT fi.feed_id AS feedId, i.content_hash AS hash FROM feed_icons fi JOIN images i ON i.url = fi.image_url
     WHERE i.content_hash IS NOT NULL`,
  );
}
