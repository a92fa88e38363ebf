/**
 * Removes an account's data in one transaction: its outbox, articles,
 * feeds, sections, pending items and row. Its bookmarks either go too, or (when the
 * reader asked) become local copies: each bookmarked article moves, with
 * its note and tags, to a hidden feed of the local account named after
 * the account's feed, so the bookmarks list keeps it and its source.
 */
import { all, transaction, type Db } from '../db/sql';
import { deleteAccountOutbox } from '../library/outbox/push-changes';
import { deleteAccountServerLabels } from '../library/tables/server-labels-table';
import { deleteAccountRow, LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import { deleteArticlesOfFeed, moveBookmarkedArticles } from '../library/tables/articles-table';
import { deleteBookmarksOfFeed } from '../library/tables/bookmarks-table';
import { deleteFeed, findFeedByUrl, insertFeed, recountFeed } from '../library/tables/feeds-table';
import { deleteAccountReadMarks } from '../library/tables/read-marks-table';
import { deleteAccountPendingItems } from '../library/tables/remote-pending-items-table';
import { deleteAccountSections } from '../library/tables/sections-table';

interface AccountFeed {
  id: number;
  url: string;
  title: string;
  site_url: string | null;
}

export function removeAccountData(db: Db, accountId: string, keepBookmarks: boolean, now: number): void {
  transaction(db, () => {
    const feeds = all<AccountFeed>(db, 'SELECT id, url, title, site_url FROM feeds WHERE account_id = ?', accountId);
    for (const feed of feeds) {
      if (keepBookmarks) keepBookmarkedArticles(db, feed, now);
      // What stayed behind (everything, or a copy the local feed already holds) goes with the account.
      deleteBookmarksOfFeed(db, feed.id);
      deleteArticlesOfFeed(db, feed.id);
      deleteFeed(db, feed.id);
    }
    deleteAccountSections(db, accountId);
    deleteAccountOutbox(db, accountId);
    deleteAccountServerLabels(db, accountId);
    deleteAccountReadMarks(db, accountId);
    deleteAccountPendingItems(db, accountId);
    deleteAccountRow(db, accountId);
  });
}

function keepBookmarkedArticles(db: Db, feed: AccountFeed, now: number): void {
  const kept = all<{ id: number }>(
    db,
    'SELECT a.id FROM articles a JOIN bookmarks b ON b.article_id = a.id WHERE a.feed_id = ?',
    feed.id,
  );
  if (kept.length === 0) return;
  const target =
    findFeedByUrl(db, LOCAL_ACCOUNT_ID, feed.url)?.id ??
    insertFeed(db, {
      accountId: LOCAL_ACCOUNT_ID,
      remoteId: null,
      url: feed.url,
      siteUrl: feed.site_url,
      title: feed.title,
      iconUrl: null,
      sectionId: null,
      position: 'last',
      fullText: false,
      refreshMinutes: null,
      paused: true,
      archived: true,
      createdAt: now,
    });
  moveBookmarkedArticles(db, feed.id, target);
  // The count triggers do not see rows move between feeds.
  recountFeed(db, target);
}
