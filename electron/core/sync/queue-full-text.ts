/**
 * "Download full articles" for articles a sync service brought. A feed polled here gets its pages during the
 * refresh (full-text.ts); an account's articles arrive from the service's API instead, so the new ones of a feed
 * with the option on are queued in `pending_full_text`, and the page pass (pending-pass.ts, the one that fetches
 * imported bookmarks' pages) fetches them in the background, online only, retrying a failing page a few times,
 * and keeps their pictures. An article a rule said not to download (`skip_full_text`, issue 18) is passed over. As for a refresh, at most `MAX_FULL_TEXT_PER_REFRESH` per feed per sync: the newest.
 */
import { all, placeholders, run, transaction, type Db } from '../db/sql';
import { MAX_FULL_TEXT_PER_REFRESH } from './full-text';

/** SQLite's default limit on bound parameters is 32,766; stay well inside it. */
const CHUNK = 500;

/** Queues the pages of these new articles whose feed downloads full articles; returns how many were queued. */
export function queueFullTextOf(db: Db, articleIds: readonly number[]): number {
  const wanted = new Map<number, { id: number; sortTime: number }[]>();
  for (let start = 0; start < articleIds.length; start += CHUNK) {
    const chunk = articleIds.slice(start, start + CHUNK);
    const rows = all<{ id: number; feed_id: number; sort_time: number }>(
      db,
      `SELECT a.id, a.feed_id, a.sort_time FROM articles a JOIN feeds f ON f.id = a.feed_id
       WHERE a.id IN (${placeholders(chunk.length)}) AND f.full_text = 1
         AND a.url IS NOT NULL AND a.full_text_html IS NULL AND a.skip_full_text = 0`,
      ...chunk,
    );
    for (const row of rows) {
      const list = wanted.get(row.feed_id) ?? [];
      list.push({ id: row.id, sortTime: row.sort_time });
      wanted.set(row.feed_id, list);
    }
  }
  return transaction(db, () => {
    let queued = 0;
    for (const list of wanted.values()) {
      const newest = list.sort((a, b) => b.sortTime - a.sortTime || b.id - a.id).slice(0, MAX_FULL_TEXT_PER_REFRESH);
      for (const { id } of newest)
        queued += run(db, 'INSERT OR IGNORE INTO pending_full_text (article_id) VALUES (?)', id);
    }
    return queued;
  });
}
