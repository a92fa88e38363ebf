/**
 * The one writer of `feeds`: subscribing, reviving an unsubscribed feed, options, moving between sections,
 * unsubscribing, and what a refresh learns about a feed (its new address, that it is gone, its metadata).
 * Validation (safe URLs, known sections, "already followed") is the callers'; these functions only write.
 */
import { all, get, run, type Db } from '../../db/sql';
import { setFeedArticlesSection } from './articles-table';
import { createFeedSync } from './feed-sync-table';

export interface NewFeed {
  /** The account it belongs to (`LOCAL_ACCOUNT_ID` for feeds Broadsheet polls itself). */
  accountId: string;
  /** The service's id for the subscription; null in the local account. */
  remoteId: string | null;
  url: string;
  siteUrl: string | null;
  title: string;
  iconUrl: string | null;
  sectionId: number | null;
  /** `last` appends it to its section. */
  position: number | 'last';
  fullText: boolean;
  refreshMinutes: number | null;
  paused: boolean;
  archived: boolean;
  createdAt: number;
}

export interface FeedFields {
  title: string;
  siteUrl: string | null;
  iconUrl: string | null;
  fullText: boolean;
  refreshMinutes: number | null;
  paused: boolean;
}

/** A stored feed as the writers need to know it. */
export interface FeedKey {
  id: number;
  accountId: string;
  url: string;
  sectionId: number | null;
  archived: boolean;
}

const NEXT_POSITION = '(SELECT COALESCE(MAX(position) + 1, 0) FROM feeds WHERE section_id IS ?)';

/** Inserts the feed and its (empty) sync state; returns its row id. */
export function insertFeed(db: Db, feed: NewFeed): number {
  const last = feed.position === 'last';
  const id = get<{ id: number }>(
    db,
    `INSERT INTO feeds (account_id, remote_id, url, site_url, title, icon_url, section_id, position, full_text,
       refresh_minutes, paused, archived, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ${last ? NEXT_POSITION : '?'}, ?, ?, ?, ?, ?) RETURNING id`,
    feed.accountId,
    feed.remoteId,
    feed.url,
    feed.siteUrl,
    feed.title,
    feed.iconUrl,
    feed.sectionId,
    last ? feed.sectionId : (feed.position as number),
    feed.fullText ? 1 : 0,
    feed.refreshMinutes,
    feed.paused ? 1 : 0,
    feed.archived ? 1 : 0,
    feed.createdAt,
  )!.id;
  createFeedSync(db, id);
  return id;
}

/** The account's feed with this address (one at most: an address is unique within an account). */
export function findFeedByUrl(db: Db, accountId: string, url: string): FeedKey | undefined {
  const row = get<FeedKeyRow>(
    db,
    'SELECT id, account_id, url, section_id, archived FROM feeds WHERE account_id = ? AND url = ?',
    accountId,
    url,
  );
  return row && toKey(row);
}

/** Every feed of the account, archived ones included. */
export function accountFeeds(db: Db, accountId: string): FeedKey[] {
  return all<FeedKeyRow>(
    db,
    'SELECT id, account_id, url, section_id, archived FROM feeds WHERE account_id = ?',
    accountId,
  ).map(toKey);
}

interface FeedKeyRow {
  id: number;
  account_id: string;
  url: string;
  section_id: number | null;
  archived: number;
}

function toKey(row: FeedKeyRow): FeedKey {
  return {
    id: row.id,
    accountId: row.account_id,
    url: row.url,
    sectionId: row.section_id,
    archived: row.archived === 1,
  };
}

/** An unsubscribed feed kept for its bookmarks is subscribed again. Returns whether it was archived. */
export function unarchiveFeed(db: Db, id: number, paused: boolean): boolean {
  return run(db, 'UPDATE feeds SET archived = 0, paused = ? WHERE id = ? AND archived = 1', paused ? 1 : 0, id) > 0;
}

/**
 * Puts the feed (and, for fast section lists, its articles) in a section or in none; `toEnd` also moves it
 * after the section's other feeds.
 */
export function setFeedSection(db: Db, id: number, sectionId: number | null, toEnd: boolean): void {
  if (toEnd)
    run(db, `UPDATE feeds SET section_id = ?, position = ${NEXT_POSITION} WHERE id = ?`, sectionId, sectionId, id);
  else run(db, 'UPDATE feeds SET section_id = ? WHERE id = ?', sectionId, id);
  setFeedArticlesSection(db, id, sectionId);
}

export function updateFeedFields(db: Db, id: number, fields: FeedFields): void {
  run(
    db,
    'UPDATE feeds SET title = ?, site_url = ?, icon_url = ?, full_text = ?, refresh_minutes = ?, paused = ? WHERE id = ?',
    fields.title,
    fields.siteUrl,
    fields.iconUrl,
    fields.fullText ? 1 : 0,
    fields.refreshMinutes,
    fields.paused ? 1 : 0,
    id,
  );
}

/** What a sync service says about one of its feeds: address, title and links (the reader's options stay). */
export function updateRemoteFeed(
  db: Db,
  id: number,
  fields: { url: string; title: string; siteUrl: string | null; iconUrl: string | null },
): void {
  run(
    db,
    'UPDATE feeds SET url = ?, title = ?, site_url = ?, icon_url = ? WHERE id = ?',
    fields.url,
    fields.title,
    fields.siteUrl,
    fields.iconUrl,
    id,
  );
}

/** Unsubscribed, but kept (hidden, never refreshed) for the bookmarks it still owns. */
export function archiveFeed(db: Db, id: number): void {
  run(db, 'UPDATE feeds SET archived = 1, paused = 1 WHERE id = ?', id);
}

/** Deletes the feed row; its articles, sync state and icon go with it (foreign keys). */
export function deleteFeed(db: Db, id: number): void {
  run(db, 'DELETE FROM feeds WHERE id = ?', id);
}

export function pauseFeed(db: Db, id: number): void {
  run(db, 'UPDATE feeds SET paused = 1 WHERE id = ?', id);
}

/** Returns false when another subscription of its account already has that address (then the old one is kept). */
export function changeFeedUrl(db: Db, id: number, url: string): boolean {
  const taken = get(
    db,
    'SELECT 1 AS x FROM feeds WHERE url = ? AND id <> ? AND account_id = (SELECT account_id FROM feeds WHERE id = ?)',
    url,
    id,
    id,
  );
  if (taken) return false;
  run(db, 'UPDATE feeds SET url = ? WHERE id = ?', url, id);
  return true;
}

export interface FeedMetadata {
  title: string;
  siteUrl?: string;
  iconUrl?: string;
}

/**
 * Fills in what the reader did not choose: a title still equal to `placeholderTitle` (the host name a new
 * subscription starts with), and missing site and icon links.
 */
export function fillFeedMetadata(db: Db, id: number, placeholderTitle: string, meta: FeedMetadata): void {
  const title = meta.title.trim().slice(0, 500);
  run(
    db,
    `UPDATE feeds SET title = CASE WHEN title = ? AND ? <> '' THEN ? ELSE title END,
       site_url = COALESCE(site_url, ?), icon_url = COALESCE(icon_url, ?) WHERE id = ?`,
    placeholderTitle,
    title,
    title,
    meta.siteUrl ?? null,
    meta.iconUrl ?? null,
    id,
  );
}

/** A feed's article and unread counts recomputed (after rows moved between feeds, which the triggers do not see). */
export function recountFeed(db: Db, id: number): void {
  run(
    db,
    `UPDATE feeds SET article_count = (SELECT COUNT(*) FROM articles WHERE feed_id = ?1),
       unread_count = (SELECT COUNT(*) FROM articles WHERE feed_id = ?1 AND is_read = 0 AND hidden_by_rule = 0)
     WHERE id = ?1`,
    id,
  );
}
