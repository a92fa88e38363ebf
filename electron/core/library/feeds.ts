/** Subscriptions: adding, editing, moving between sections and removing feeds. */
import { checkExternalUrl } from '../../api/url-policy/external-policy';
import { ApiError } from '../../api/errors';
import type { Feed, FeedCreate, FeedPatch } from '../../api/library-models';
import { all, get, transaction, type Db } from '../db/sql';
import { FEED_COLUMNS, FEED_FROM, toFeed, type FeedRow } from './feed-rows';
import { notFound, toIdString, toRowId } from './row-ids';
import { requireSection, sectionAccount } from './sections';
import { LOCAL_ACCOUNT_ID, requireAccount } from './tables/accounts-table';
import { deleteFeedArticlesKeepingBookmarks } from './tables/articles-table';
import {
  archiveFeed,
  deleteFeed,
  findFeedByUrl,
  insertFeed,
  setFeedSection,
  unarchiveFeed,
  updateFeedFields,
} from './tables/feeds-table';

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
    const accountId = requireAccount(db, input.accountId ?? LOCAL_ACCOUNT_ID);
    const sectionId = input.sectionId ? requireSectionOf(db, accountId, input.sectionId) : null;
    const existing = findFeedByUrl(db, accountId, url);
    if (existing && !existing.archived) throw new ApiError('CONFLICT', 'You already follow this feed.');
    // Re-subscribing to a feed kept only for its bookmarks brings it back.
    if (existing) {
      unarchiveFeed(db, existing.id, false);
      setFeedSection(db, existing.id, sectionId, false);
      return toIdString(existing.id);
    }
    return toIdString(
      insertFeed(db, {
        accountId,
        remoteId: null,
        url,
        siteUrl: optionalUrl(input.siteUrl),
        title: input.title || new URL(url).hostname,
        iconUrl: optionalUrl(input.iconUrl),
        sectionId,
        position: 'last',
        fullText: input.options?.fullText ?? false,
        refreshMinutes: input.options?.refreshMinutes ?? null,
        paused: input.options?.paused ?? false,
        archived: false,
        createdAt: now,
      }),
    );
  });
  return getFeed(db, id);
}

export function updateFeed(db: Db, id: string, patch: FeedPatch): Feed {
  const rowId = requireFeed(db, id);
  const current = getFeed(db, id);
  const options = { ...current.options, ...patch.options };
  updateFeedFields(db, rowId, {
    title: patch.title ?? current.title,
    siteUrl: patch.siteUrl === undefined ? current.siteUrl : optionalUrl(patch.siteUrl),
    iconUrl: patch.iconUrl === undefined ? current.iconUrl : optionalUrl(patch.iconUrl),
    fullText: options.fullText,
    refreshMinutes: options.refreshMinutes,
    paused: options.paused,
  });
  return getFeed(db, id);
}

/** Moves a feed (and, for fast section lists, its articles) to a section or to none. */
export function moveFeed(db: Db, id: string, sectionId: string | null): Feed {
  transaction(db, () => {
    const rowId = requireFeed(db, id);
    const target = sectionId === null ? null : requireSectionOf(db, feedAccount(db, rowId), sectionId);
    setFeedSection(db, rowId, target, true);
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
    if (deleteFeedArticlesKeepingBookmarks(db, rowId) === 0) deleteFeed(db, rowId);
    else archiveFeed(db, rowId);
  });
}

/** A section of the feed's own account: a feed never sits in another account's section. */
function requireSectionOf(db: Db, accountId: string, sectionId: string): number {
  const rowId = requireSection(db, sectionId);
  if (sectionAccount(db, rowId) !== accountId)
    throw new ApiError('INVALID_ARGUMENTS', 'That section belongs to another account than the feed.');
  return rowId;
}

function feedAccount(db: Db, rowId: number): string {
  return get<{ account_id: string }>(db, 'SELECT account_id FROM feeds WHERE id = ?', rowId)!.account_id;
}

function safeUrl(raw: string, what: string): string {
  const verdict = checkExternalUrl(raw);
  if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `That ${what} address cannot be used: ${verdict.reason}.`);
  return verdict.url;
}

function optionalUrl(raw: string | null | undefined): string | null {
  return raw ? safeUrl(raw, 'link') : null;
}
