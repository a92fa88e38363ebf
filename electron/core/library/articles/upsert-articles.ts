/**
 * Stores the entries of one fetched feed document, all or nothing. An entry
 * already stored (same identity) has its content replaced only when it
 * changed; its read flag and bookmark are never touched. Entries repeated in
 * one document collapse to one, keeping the most recently updated copy.
 * `upsertArticles` runs on the core thread, which has no language detector:
 * its rows keep their declared language, unchecked, for the language pass.
 */
import { get, transaction, type Db } from '../../db/sql';
import { requireFeed } from '../feeds';
import { toIdString } from '../row-ids';
import { findArticle, insertArticle, replaceArticleContent } from '../tables/articles-table';
import { normalizeEntry, sortTimeOf, type EntryRow } from './normalize-entry';
import type { ParsedEntry, UpsertResult } from './parsed-entry';

export function upsertArticles(db: Db, feedId: string, entries: readonly ParsedEntry[], now: number): UpsertResult {
  return upsertRows(
    db,
    feedId,
    entries.map((entry) => normalizeEntry(entry)),
    now,
  );
}

/** The same, for entries already normalised (the sync engine normalises them on its reading thread). */
export function upsertRows(db: Db, feedId: string, normalized: readonly EntryRow[], now: number): UpsertResult {
  const rows = collapse(normalized);
  return transaction(db, () => {
    const feed = requireFeed(db, feedId);
    const sectionId =
      get<{ section_id: number | null }>(db, 'SELECT section_id FROM feeds WHERE id = ?', feed)?.section_id ?? null;
    const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0, ids: [] };
    for (const row of rows) {
      const existing = findArticle(db, feed, row.identity);
      if (!existing) {
        const sortTime = sortTimeOf(row.publishedAt, now);
        result.ids.push(
          toIdString(insertArticle(db, { ...row, feedId: feed, sectionId, sortTime, isRead: false, fetchedAt: now })),
        );
        result.inserted += 1;
      } else if (existing.contentHash === row.contentHash) {
        result.ids.push(toIdString(existing.id));
        result.unchanged += 1;
      } else {
        replaceArticleContent(db, existing.id, row, sortTimeOf(row.publishedAt, existing.fetchedAt));
        result.ids.push(toIdString(existing.id));
        result.updated += 1;
      }
    }
    return result;
  });
}

function collapse(rows: readonly EntryRow[]): EntryRow[] {
  const byIdentity = new Map<string, EntryRow>();
  for (const row of rows) {
    const seen = byIdentity.get(row.identity);
    if (!seen || (row.updatedAt ?? -Infinity) > (seen.updatedAt ?? -Infinity)) byIdentity.set(row.identity, row);
  }
  return [...byIdentity.values()];
}
