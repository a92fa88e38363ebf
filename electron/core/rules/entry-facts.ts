/**
 * Facts of entries a store step has in memory (a refresh's normalised rows), with their feed's context read once,
 * so rules need not read back what was just written.
 */
import { get, type Db } from '../db/sql';
import type { EntryRow } from '../library/articles/normalize-entry';
import type { ArticleFacts } from './rule-facts';

export interface FeedContext {
  url: string;
  title: string;
  accountId: string;
  /** Its section's name; '' for none. */
  section: string;
}

export function feedContext(db: Db, feedRowId: number): FeedContext | undefined {
  const feed = get<{ url: string; title: string; account_id: string; section: string | null }>(
    db,
    `SELECT f.url, f.title, f.account_id, s.name AS section FROM feeds f LEFT JOIN sections s ON s.id = f.section_id
     WHERE f.id = ?`,
    feedRowId,
  );
  return feed && { url: feed.url, title: feed.title, accountId: feed.account_id, section: feed.section ?? '' };
}

export function entryFacts(row: EntryRow, feed: FeedContext): ArticleFacts {
  return {
    title: row.title,
    text: row.text,
    authors: [row.author, row.byline].filter((name): name is string => typeof name === 'string' && name !== ''),
    categories: row.categories,
    feedUrl: feed.url,
    feedTitle: feed.title,
    section: feed.section,
    language: row.language ?? '',
    link: row.url ?? '',
    accountId: feed.accountId,
  };
}
