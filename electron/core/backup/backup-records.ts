/**
 * What a backup holds, read from the library. Bookmarks (50 articles a page:
 * articles can be large) and read marks (500 keys a page) come in keyset-paged
 * batches so a large library is never in memory at once.
 */
import { all, type Db } from '../db/sql';
import { listAccountRows } from '../library/tables/accounts-table';
import type { AccountRecord, BookmarkRecord, FeedRecord, ImageRecord, SectionRecord } from './backup-format';

export const PAGE = 50;

/** Every account without its secrets (the database holds none) and without its sync cursors. */
export function accountRecords(db: Db): AccountRecord[] {
  return listAccountRows(db).map((row) => ({
    id: row.id,
    kind: row.kind,
    service: row.service,
    name: row.name,
    url: row.url,
    user: row.user,
    options: parseObject(row.options),
  }));
}

export function sectionRecords(db: Db): SectionRecord[] {
  return all<SectionRecord>(
    db,
    `SELECT id AS key, account_id AS account, remote_id AS remoteId, name, position, created_at AS createdAt
     FROM sections ORDER BY position, id`,
  );
}

interface FeedRow {
  account_id: string;
  remote_id: string | null;
  url: string;
  site_url: string | null;
  title: string;
  icon_url: string | null;
  section_id: number | null;
  position: number;
  full_text: number;
  refresh_minutes: number | null;
  paused: number;
  archived: number;
  created_at: number;
}

export function feedRecords(db: Db): FeedRecord[] {
  return all<FeedRow>(
    db,
    `SELECT account_id, remote_id, url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes,
       paused, archived, created_at
     FROM feeds ORDER BY section_id, position, id`,
  ).map((row) => ({
    account: row.account_id,
    remoteId: row.remote_id,
    url: row.url,
    siteUrl: row.site_url,
    title: row.title,
    iconUrl: row.icon_url,
    section: row.section_id,
    position: row.position,
    fullText: row.full_text === 1,
    refreshMinutes: row.refresh_minutes,
    paused: row.paused === 1,
    archived: row.archived === 1,
    createdAt: row.created_at,
  }));
}

interface ArticleRow {
  id: number;
  account_id: string;
  feed_url: string;
  identity: string;
  remote_id: string | null;
  guid: string | null;
  url: string | null;
  title: string;
  author: string | null;
  published_at: number | null;
  updated_at: number | null;
  sort_time: number;
  summary: string | null;
  content_html: string | null;
  full_text_html: string | null;
  text: string;
  language: string | null;
  lead_image_url: string | null;
  categories: string;
  word_count: number;
  is_read: number;
  fetched_at: number;
  content_hash: string;
  created_at: number;
  note: string;
  pending: number;
}

/** Bookmarked articles with their content, tags, note and image addresses, by article id. */
export function* bookmarkPages(db: Db): Generator<BookmarkRecord[]> {
  let after = 0;
  for (;;) {
    const rows = all<ArticleRow>(
      db,
      `SELECT a.id, f.account_id, f.url AS feed_url, a.identity, a.remote_id, a.guid, a.url, a.title, a.author, a.published_at, a.updated_at,
              a.sort_time, a.summary, a.content_html, a.full_text_html, a.text, a.language, a.lead_image_url,
              a.categories, a.word_count, a.is_read, a.fetched_at, a.content_hash, b.created_at, b.note,
              EXISTS (SELECT 1 FROM pending_full_text p WHERE p.article_id = a.id) AS pending
       FROM bookmarks b JOIN articles a ON a.id = b.article_id JOIN feeds f ON f.id = a.feed_id
       WHERE b.article_id > ? ORDER BY b.article_id LIMIT ?`,
      after,
      PAGE,
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    yield rows.map((row) => toRecord(db, row));
  }
}

function toRecord(db: Db, row: ArticleRow): BookmarkRecord {
  const tags = all<{ tag: string }>(db, 'SELECT tag FROM bookmark_tags WHERE article_id = ? ORDER BY tag', row.id).map(
    (r) => r.tag,
  );
  const images = all<{ url: string }>(
    db,
    'SELECT i.url FROM article_images ai JOIN images i ON i.id = ai.image_id WHERE ai.article_id = ? ORDER BY i.url',
    row.id,
  ).map((r) => r.url);
  return {
    account: row.account_id,
    feedUrl: row.feed_url,
    identity: row.identity,
    remoteId: row.remote_id,
    guid: row.guid,
    url: row.url,
    title: row.title,
    author: row.author,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    sortTime: row.sort_time,
    summary: row.summary,
    contentHtml: row.content_html,
    fullTextHtml: row.full_text_html,
    text: row.text,
    language: row.language,
    leadImageUrl: row.lead_image_url,
    categories: parseList(row.categories),
    wordCount: row.word_count,
    isRead: row.is_read === 1,
    fetchedAt: row.fetched_at,
    contentHash: row.content_hash,
    pendingFullText: row.pending === 1,
    images,
    bookmark: { createdAt: row.created_at, note: row.note, tags },
  };
}

/**
 * Read articles that are not bookmarked, and marks still waiting from an earlier restore:
 * [feed URL, identity, account].
 */
export function* readMarkPages(db: Db): Generator<[string, string, string][]> {
  let after = 0;
  for (;;) {
    const rows = all<{ id: number; account_id: string; feed_url: string; identity: string }>(
      db,
      `SELECT a.id, f.account_id, f.url AS feed_url, a.identity FROM articles a JOIN feeds f ON f.id = a.feed_id
       WHERE a.is_read = 1 AND a.id > ? AND NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id)
       ORDER BY a.id LIMIT ?`,
      after,
      PAGE * 10,
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    yield rows.map((row) => [row.feed_url, row.identity, row.account_id]);
  }
  let key: [string, string, string] = ['', '', ''];
  for (;;) {
    const rows = all<{ account_id: string; feed_url: string; identity: string }>(
      db,
      `SELECT account_id, feed_url, identity FROM read_marks WHERE (account_id, feed_url, identity) > (?, ?, ?)
       ORDER BY account_id, feed_url, identity LIMIT ?`,
      ...key,
      PAGE * 10,
    );
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    key = [last.account_id, last.feed_url, last.identity];
    yield rows.map((row) => [row.feed_url, row.identity, row.account_id]);
  }
}

/** Cached images of bookmarked articles (one row per address). */
export function bookmarkImages(db: Db): ImageRecord[] {
  return all<ImageRecord>(
    db,
    `SELECT DISTINCT i.url, i.content_hash AS contentHash, COALESCE(i.mime_type, '') AS mimeType, COALESCE(i.byte_size, 0) AS byteSize
     FROM bookmarks b JOIN article_images ai ON ai.article_id = b.article_id JOIN images i ON i.id = ai.image_id
     WHERE i.content_hash IS NOT NULL ORDER BY i.url`,
  );
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
