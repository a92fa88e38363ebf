/**
 * Imported bookmarks have no feed, but every article belongs to one. They
 * belong to this one: hidden and paused like a feed kept only for its
 * bookmarks (archived), so it is never refreshed, never listed with the
 * subscriptions, and its articles still show in lists and the bookmarks view
 * under its title. They are the reader's own, so the feed is the local account's.
 */
import type { Db } from '../db/sql';
import { LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import { findFeedByUrl, insertFeed } from '../library/tables/feeds-table';

export const IMPORT_FEED_URL = 'broadsheet:imported-bookmarks';
export const IMPORT_FEED_TITLE = 'Imported bookmarks';

export function ensureImportFeed(db: Db, now: number): number {
  const existing = findFeedByUrl(db, LOCAL_ACCOUNT_ID, IMPORT_FEED_URL);
  if (existing) return existing.id;
  return insertFeed(db, {
    accountId: LOCAL_ACCOUNT_ID,
    remoteId: null,
    url: IMPORT_FEED_URL,
    siteUrl: null,
    title: IMPORT_FEED_TITLE,
    iconUrl: null,
    sectionId: null,
    position: 0,
    fullText: false,
    refreshMinutes: null,
    paused: true,
    archived: true,
    createdAt: now,
  });
}
