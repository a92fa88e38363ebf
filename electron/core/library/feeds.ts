/** Subscriptions: adding, editing, moving between sections and removing feeds. */
import { checkExternalUrl } from '../../api/url-policy/external-policy';
import { ApiError } from '../../api/errors';
import type { Feed, FeedCreate, FeedPatch } from '../../api/library-models';
import { all, get, run, transaction, type Db } from '../db/sql';
import { FEED_COLUMNS, FEED_FROM, toFeed, type FeedRow } from './feed-rows';
import { notFound, toIdString, toRowId } from './row-ids';
import { requireSection } from './sections';

export function listFeeds(db: Db): Feed[] {
  return all<FeedRow>(
    db,
    `SELECT ${FEED_COLUMNS} FROM ${FEED_FROM} WHERE f.archived = 0 ORDER BY f.section_id, f.position, f.id`,
  ).map(toFeed);
}

export function getFeed(db: Db, id: string): Feed {
  const row = get<FeedRow>(
    db,
    `SELECT ${FEED_COLUMNS} FROM ${FEED_FROM} WHERE f.id = ? AND f.archived = 0`,
    toRowId(id, 'feed'),
  );
  if (!row) throw notFound('feed', id);
  return toFeed(row);
}

export function requireFeed(db: Db, id: string): number {
  const rowId = toRowId(id, 'feed');
  if (!get(db, 'SELECT 1 AS x FROM feeds WHERE id = ? AND archived = 0', rowId)) throw notFound('feed', id);
  return rowId;
}

export function addFeed(db: Db, input: FeedCreate, now: number): Feed {
  const url = safeUrl(input.url, 'feed');
  const id = transaction(db, () => {
    const sectionId = input.sectionId ? requireSection(db, input.sectionId) : null;
    const existing = get<{ id: number; archived: number }>(db, 'SELECT id, archived FROM feeds WHERE url = ?', url);
    if (existing && existing.archived === 0) throw new ApiError('CONFLICT', 'You already follow this feed.');
    // Re-subscribing to a feed kept only for its bookmarks brings it back.
    if (existing) {
      run(db, 'UPDATE feeds SET archived = 0, paused = 0, section_id = ? WHERE id = ?', sectionId, existing.id);
      run(db, 'UPDATE articles SET section_id = ? WHERE feed_id = ?', sectionId, existing.id);
      return toIdString(existing.id);
    }
    const result = db
      .prepare(
        `INSERT INTO feeds (url, site_url, title, icon_url, section_id, position, full_text, refresh_minutes, paused, created_at)
         VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM feeds WHERE section_id IS ?), ?, ?, ?, ?)`,
      )
      .run(
        url,
        optionalUrl(input.siteUrl),
        input.title || new URL(url).hostname,
        optionalUrl(input.iconUrl),
        sectionId,
        sectionId,
        input.options?.fullText ? 1 : 0,
        input.options?.refreshMinutes ?? null,
        input.options?.paused ? 1 : 0,
        now,
      );
    run(db, 'INSERT INTO feed_sync (feed_id) VALUES (?)', result.lastInsertRowid);
    return toIdString(result.lastInsertRowid);
  });
  return getFeed(db, id);
}

export function updateFeed(db: Db, id: string, patch: FeedPatch): Feed {
  const rowId = requireFeed(db, id);
  const current = getFeed(db, id);
  const options = { ...current.options, ...patch.options };
  run(
    db,
    `UPDATE feeds SET title = ?, site_url = ?, icon_url = ?, full_text = ?, refresh_minutes = ?, paused = ? WHERE id = ?`,
    patch.title ?? current.title,
    patch.siteUrl === undefined ? current.siteUrl : optionalUrl(patch.siteUrl),
    patch.iconUrl === undefined ? current.iconUrl : optionalUrl(patch.iconUrl),
    options.fullText ? 1 : 0,
    options.refreshMinutes,
    options.paused ? 1 : 0,
    rowId,
  );
  return getFeed(db, id);
}

/** Moves a feed (and, for fast section lists, its articles) to a section or to none. */
export function moveFeed(db: Db, id: string, sectionId: string | null): Feed {
  transaction(db, () => {
    const rowId = requireFeed(db, id);
    const target = sectionId === null ? null : requireSection(db, sectionId);
    run(
      db,
      'UPDATE feeds SET section_id = ?, position = (SELECT COALESCE(MAX(position) + 1, 0) FROM feeds WHERE section_id IS ?) WHERE id = ?',
      target,
      target,
      rowId,
    );
    run(db, 'UPDATE articles SET section_id = ? WHERE feed_id = ?', target, rowId);
  });
  return getFeed(db, id);
}

/**
 * Unsubscribes. Articles go, except bookmarked ones: the feed then stays,
 * hidden and paused, so the reader's bookmarks keep their source.
 */
export function removeFeed(db: Db, id: string): void {
  transaction(db, () => {
    const rowId = requireFeed(db, id);
    run(db, 'DELETE FROM articles WHERE feed_id = ? AND id NOT IN (SELECT article_id FROM bookmarks)', rowId);
    const kept = get<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles WHERE feed_id = ?', rowId)?.n ?? 0;
    if (kept === 0) run(db, 'DELETE FROM feeds WHERE id = ?', rowId);
    else run(db, 'UPDATE feeds SET archived = 1, paused = 1 WHERE id = ?', rowId);
  });
}

function safeUrl(raw: string, what: string): string {
  const verdict = checkExternalUrl(raw);
  if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `That ${what} address cannot be used: ${verdict.reason}.`);
  return verdict.url;
}

function optionalUrl(raw: string | null | undefined): string | null {
  return raw ? safeUrl(raw, 'link') : null;
}
