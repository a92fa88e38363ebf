/**
 * Moves a feed polled here into a sync service's account. The server subscribes first (into the chosen folder;
 * skipped when the account follows the feed already), the account syncs, and only then, in one transaction, the
 * reader's state comes across: each article that has a copy in the account's feed (match-moved-articles.ts) gives
 * it its read state and its bookmark with note, tags and date, through the same functions a click uses, so the
 * outbox carries them to the server; bookmarked articles the server does not have (older than it keeps) move into
 * the account's feed as they are, kept here without a server id; then the feed polled here goes with the rest of
 * its articles. A refusal, an unreachable server or a feed that did not arrive change nothing here. Afterwards the
 * account syncs once more, so the carried state reaches the server now rather than at the next sync.
 */
import { ApiError } from '../../api/errors';
import { LIMITS, type Feed } from '../../api/library-models';
import { get, transaction, type Db } from '../db/sql';
import { markRead } from '../library/articles/read-state';
import { setBookmark } from '../library/bookmarks';
import { getFeed, requireFeed } from '../library/feeds';
import { toRowId } from '../library/row-ids';
import { LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import { deleteArticlesOfFeed, moveBookmarkedArticles } from '../library/tables/articles-table';
import {
  bookmarkTagsOf,
  deleteBookmark,
  deleteBookmarksOfFeed,
  findBookmark,
  setBookmarkDateAndNote,
} from '../library/tables/bookmarks-table';
import { deleteFeed, recountFeed } from '../library/tables/feeds-table';
import { findSubscribedFeed, sectionOfAccount } from './account-feeds';
import { feedArticles, matchArticles, type ArticlePair } from './match-moved-articles';
import { offlineRefusal, serverStepError, type AccountServerSteps } from './server-steps';

export interface MoveFeedRequest {
  feedId: string;
  accountId: string;
  /** One of the account's sections (its folder on the server), or null for none. */
  sectionId: string | null;
}

/** Answers the feed as it is in the account now. */
export async function moveFeedToAccount(
  db: () => Db,
  steps: AccountServerSteps,
  request: MoveFeedRequest,
  now: () => number,
): Promise<Feed> {
  const source = localFeed(db(), request.feedId);
  const folder = request.sectionId === null ? null : sectionOfAccount(db(), request.accountId, request.sectionId);
  if (!steps.online) throw offlineRefusal(steps, `“${source.title}” stays on this computer; move it again`);
  // A second subscribe is refused by some servers (FreshRSS): a feed the account has already is merged into.
  if (!findSubscribedFeed(db(), request.accountId, source.url)) {
    try {
      await steps.subscribe(source.url, folder);
    } catch (error) {
      throw serverStepError(error);
    }
  }
  const summary = await steps.sync();
  const target = findSubscribedFeed(db(), request.accountId, source.url);
  if (!target)
    throw new ApiError(
      'UNAVAILABLE',
      `${summary.error ?? `${steps.accountName} accepted the feed, but it was not among its subscriptions at the sync that followed.`} “${source.title}” stays on this computer; try again after the next sync.`,
    );
  const from = toRowId(request.feedId, 'feed');
  const to = toRowId(target.id, 'feed');
  transaction(db(), () => {
    // The reader may have removed it meanwhile: then there is nothing left to carry.
    requireFeed(db(), request.feedId);
    carryState(db(), from, to, now());
  });
  // Best effort: what waits in the outbox goes at the next sync if this one fails.
  await steps.sync();
  return getFeed(db(), target.id);
}

/** The feed, which must be one polled here. */
function localFeed(db: Db, feedId: string): { url: string; title: string } {
  const id = requireFeed(db, feedId);
  const row = get<{ url: string; title: string; account_id: string }>(
    db,
    'SELECT url, title, account_id FROM feeds WHERE id = ?',
    id,
  )!;
  if (row.account_id !== LOCAL_ACCOUNT_ID)
    throw new ApiError('CONFLICT', 'Only a feed on this computer can be moved to an account.');
  return row;
}

function carryState(db: Db, from: number, to: number, now: number): void {
  const { pairs } = matchArticles(feedArticles(db, from), feedArticles(db, to));
  for (const read of [true, false]) {
    const ids = pairs.filter((pair) => pair.from.read === read && pair.to.read !== read).map((pair) => pair.to.id);
    if (ids.length > 0) markRead(db, { kind: 'articles', ids: ids.map(String) }, read, now);
  }
  for (const pair of pairs) if (pair.from.bookmarkedAt !== null) carryBookmark(db, pair, now);
  // Unmatched bookmarked articles move as they are; the rest of the old feed goes with it.
  moveBookmarkedArticles(db, from, to);
  recountFeed(db, to);
  deleteBookmarksOfFeed(db, from);
  deleteArticlesOfFeed(db, from);
  deleteFeed(db, from);
}

/** The bookmark goes to the copy (starring it on the server), keeping its date, note and tags. */
function carryBookmark(db: Db, pair: ArticlePair, now: number): void {
  const oldTags = bookmarkTagsOf(db, pair.from.id);
  const existing = findBookmark(db, pair.to.id);
  const tags = [...new Set([...(existing ? bookmarkTagsOf(db, pair.to.id) : []), ...oldTags])].slice(0, LIMITS.tags);
  const note = existing ? joinNotes(existing.note, pair.from.note) : pair.from.note;
  setBookmark(db, String(pair.to.id), { note, tags }, now);
  if (!existing) setBookmarkDateAndNote(db, { articleId: pair.to.id, createdAt: pair.from.bookmarkedAt!, note });
  // The old copy's bookmark must not move with the unmatched ones.
  deleteBookmark(db, pair.from.id);
}

/** Both notes when the copy was starred with one of its own already; the same text once. */
function joinNotes(kept: string, moved: string): string {
  if (moved === '' || kept.includes(moved)) return kept;
  return kept === '' ? moved : `${kept}\n\n${moved}`;
}
