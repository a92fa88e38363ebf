import { all, run } from '../../../../electron/core/db/sql';
import { insertFeed } from '../../../../electron/core/library/tables/feeds-table';
import { NOW, type Fixture } from './library-fixture';

export const SERVICE_ACCOUNT = 'fresh';

/** The long form of a Google Reader item id, as the service knows item `n`. */
export function itemId(n: number): string {
  return `tag:google.com,2005:reader/item/${n.toString(16).padStart(16, '0')}`;
}

/** The FreshRSS account (made once per fixture) and a feed of it named `name`, empty; returns the feed's row id. */
export function addServiceAccountFeed(f: Fixture, name: string): number {
  const db = f.library.db();
  run(
    db,
    `INSERT OR IGNORE INTO accounts (id, kind, service, name, url, user, position, created_at)
     VALUES (?, 'greader', 'freshrss', 'FreshRSS', 'https://rss.example/api/greader.php', 'ana', 1, ?)`,
    SERVICE_ACCOUNT,
    NOW,
  );
  return insertFeed(db, {
    accountId: SERVICE_ACCOUNT,
    remoteId: `feed/${name}`,
    url: `https://${name}.example/rss`,
    siteUrl: null,
    title: name,
    iconUrl: null,
    sectionId: null,
    position: 'last',
    fullText: false,
    refreshMinutes: null,
    paused: false,
    archived: false,
    createdAt: NOW,
  });
}

/**
 * A FreshRSS account (made once per fixture) with one feed holding `count` unread articles that carry service
 * ids; returns the feed's id and the articles' ids, newest first. Stored set-wise: 10,000 take a moment.
 */
export function addServiceFeed(f: Fixture, count: number, name = 'news'): { feedId: string; articleIds: string[] } {
  const db = f.library.db();
  const feedId = addServiceAccountFeed(f, name);
  const first = all<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles')[0]!.n;
  run(
    db,
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
     INSERT INTO articles (feed_id, identity, remote_id, title, sort_time, fetched_at, content_hash)
     SELECT ?, 'g:' || (? + i), printf('tag:google.com,2005:reader/item/%016x', ? + i), 'Item ' || i, ? - i, ?, 'h' || i
     FROM n`,
    count,
    feedId,
    first,
    first,
    NOW,
    NOW,
  );
  const articleIds = all<{ id: number }>(
    db,
    'SELECT id FROM articles WHERE feed_id = ? ORDER BY sort_time DESC, id DESC',
    feedId,
  ).map((row) => String(row.id));
  return { feedId: String(feedId), articleIds };
}
