/**
 * Imported bookmarks have no feed, but every article belongs to one. They
 * belong to this one: hidden and paused like a feed kept only for its
 * bookmarks (archived), so it is never refreshed, never listed with the
 * subscriptions, and its articles still show in lists and the bookmarks view
 * under its title.
 */
import { get, run, type Db } from '../db/sql';

export const IMPORT_FEED_URL = 'broadsheet:imported-bookmarks';
export const IMPORT_FEED_TITLE = 'Imported bookmarks';

export function ensureImportFeed(db: Db, now: number): number {
  const existing = get<{ id: number }>(db, 'SELECT id FROM feeds WHERE url = ?', IMPORT_FEED_URL);
  if (existing) return existing.id;
  const id = get<{ id: number }>(
    db,
    `INSERT INTO feeds (url, title, section_id, position, paused, archived, created_at) VALUES (?, ?, NULL, 0, 1, 1, ?) RETURNING id`,
    IMPORT_FEED_URL,
    IMPORT_FEED_TITLE,
    now,
  )!.id;
  run(db, 'INSERT INTO feed_sync (feed_id) VALUES (?)', id);
  return id;
}
