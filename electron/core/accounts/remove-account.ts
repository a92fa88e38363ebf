/**
 * Removes an account's data in one transaction: its outbox, articles,
 * feeds, sections and row. Its bookmarks either go too, or (when the
 * reader asked) become local copies: each bookmarked article moves, with
 * its note and tags, to a hidden feed of the local account named after
 * the account's feed, so the bookmarks list keeps it and its source.
 */
import { all, get, run, transaction, type Db } from '../db/sql';
import { LOCAL_ACCOUNT_ID } from '../library/tables/accounts-table';
import { insertFeed } from '../library/tables/feeds-table';

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
      run(db, 'DELETE FROM bookmarks WHERE article_id IN (SELECT id FROM articles WHERE feed_id = ?)', feed.id);
      run(db, 'DELETE FROM articles WHERE feed_id = ?', feed.id);
      run(db, 'DELETE FROM feeds WHERE id = ?', feed.id);
    }
    run(db, 'DELETE FROM sections WHERE account_id = ?', accountId);
    run(db, 'DELETE FROM outbox WHERE account_id = ?', accountId);
    run(db, 'DELETE FROM read_marks WHERE account_id = ?', accountId);
    run(db, 'DELETE FROM accounts WHERE id = ?', accountId);
  });
}

function keepBookmarkedArticles(db: Db, feed: AccountFeed, now: number): void {
  const kept = all<{ id: number }>(
    db,
    'SELECT a.id FROM articles a JOIN bookmarks b ON b.article_id = a.id WHERE a.feed_id = ?',
    feed.id,
  );
  if (kept.length === 0) return;
  const existing = get<{ id: number }>(
    db,
    'SELECT id FROM feeds WHERE account_id = ? AND url = ?',
    LOCAL_ACCOUNT_ID,
    feed.url,
  );
  const target =
    existing?.id ??
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
  // Moving rows between feeds is not something the count triggers see: the counts are recomputed after.
  run(
    db,
    `UPDATE articles SET feed_id = ?, remote_id = NULL, section_id = (SELECT section_id FROM feeds WHERE id = ?)
     WHERE feed_id = ? AND id IN (SELECT article_id FROM bookmarks)
       AND identity NOT IN (SELECT identity FROM articles WHERE feed_id = ?)`,
    target,
    target,
    feed.id,
    target,
  );
  run(
    db,
    `UPDATE feeds SET article_count = (SELECT COUNT(*) FROM articles WHERE feed_id = ?1),
       unread_count = (SELECT COUNT(*) FROM articles WHERE feed_id = ?1 AND is_read = 0) WHERE id = ?1`,
    target,
  );
}
