/**
 * Stores the entries of one fetched feed document, all or nothing. An entry
 * already stored (same identity) has its content replaced only when it
 * changed; its read flag and bookmark are never touched. Entries repeated in
 * one document collapse to one, keeping the most recently updated copy.
 * `upsertArticles` runs on the core thread, which has no language detector:
 * its rows keep their declared language, unchecked, for the language pass.
 *
 * A refresh passes over the entries its reading thread found unchanged (their source hash matched the stored one's:
 * `source-hash.ts`) before they are normalised; only their number comes here (`known`), counted as unchanged without
 * being looked at. An unchanged row that comes with a source hash its stored copy lacks (stored before
 * migration 017, or before a normaliser upgrade) gets it, so the next refresh can pass over it too.
 *
 * New articles are grouped into stories in the same transaction (`library/stories/`); an updated one keeps its story.
 */
import { get, transaction, type Db } from '../../db/sql';
import { requireFeed } from '../feeds';
import { toIdString } from '../row-ids';
import { groupNewArticles, type NewStoryArticle } from '../stories/group-new-articles';
import { findArticle, insertArticle, replaceArticleContent, setSourceHash } from '../tables/articles-table';
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

/** What `upsertRows` stored, with the rows it inserted (for the rules that run in the same step). */
export interface StoredResult extends UpsertResult {
  /** What was stored for each of `insertedIds`, in the same order (so rules need not read it back). */
  insertedRows: EntryRow[];
  /** The feed's row id. */
  feedRowId: number;
}

/**
 * The same, for entries already normalised (the sync engine normalises them on its reading thread), with the number
 * of the document's other entries that were known unchanged and never normalised (`unchanged` counts them; they have
 * no row here, so `ids` does not list them).
 */
export function upsertRows(
  db: Db,
  feedId: string,
  normalized: readonly EntryRow[],
  now: number,
  known = 0,
): StoredResult {
  const rows = collapse(normalized);
  return transaction(db, () => {
    const feed = requireFeed(db, feedId);
    const sectionId =
      get<{ section_id: number | null }>(db, 'SELECT section_id FROM feeds WHERE id = ?', feed)?.section_id ?? null;
    const result: StoredResult = {
      inserted: 0,
      updated: 0,
      unchanged: known,
      ids: [],
      insertedIds: [],
      insertedRows: [],
      feedRowId: feed,
    };
    const inserted: NewStoryArticle[] = [];
    for (const row of rows) {
      const existing = findArticle(db, feed, row.identity);
      if (!existing) {
        const sortTime = sortTimeOf(row.publishedAt, now);
        const id = insertArticle(db, { ...row, feedId: feed, sectionId, sortTime, isRead: false, fetchedAt: now });
        inserted.push({ ...row, id, feedId: feed, sortTime });
        result.ids.push(toIdString(id));
        result.insertedIds.push(id);
        result.insertedRows.push(row);
        result.inserted += 1;
      } else if (existing.contentHash === row.contentHash) {
        if (row.sourceHash && row.sourceHash !== existing.sourceHash) setSourceHash(db, existing.id, row.sourceHash);
        result.ids.push(toIdString(existing.id));
        result.unchanged += 1;
      } else {
        replaceArticleContent(db, existing.id, row, sortTimeOf(row.publishedAt, existing.fetchedAt));
        result.ids.push(toIdString(existing.id));
        result.updated += 1;
      }
    }
    groupNewArticles(db, inserted, now);
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
