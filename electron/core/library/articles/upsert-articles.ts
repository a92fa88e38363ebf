/**
 * Stores the entries of one fetched feed document, all or nothing. An entry
 * already stored (same identity) has its content replaced only when it
 * changed; its read flag and bookmark are never touched. Entries repeated in
 * one document collapse to one, keeping the most recently updated copy.
 * `upsertArticles` runs on the core thread, which has no language detector:
 * its rows keep their declared language, unchecked, for the language pass.
 */
import { get, run, transaction, type Db } from '../../db/sql';
import { writeSearchDocument } from '../../db/search-index';
import { requireFeed } from '../feeds';
import { toIdString } from '../row-ids';
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
      const existing = get<{ id: number; content_hash: string; fetched_at: number }>(
        db,
        'SELECT id, content_hash, fetched_at FROM articles WHERE feed_id = ? AND identity = ?',
        feed,
        row.identity,
      );
      if (!existing) {
        result.ids.push(toIdString(insertArticle(db, feed, sectionId, row, now)));
        result.inserted += 1;
      } else if (existing.content_hash === row.contentHash) {
        result.ids.push(toIdString(existing.id));
        result.unchanged += 1;
      } else {
        replaceContent(db, existing.id, row, sortTimeOf(row.publishedAt, existing.fetched_at));
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

function insertArticle(db: Db, feedId: number, sectionId: number | null, row: EntryRow, now: number): number {
  const sortTime = sortTimeOf(row.publishedAt, now);
  const id = get<{ id: number }>(
    db,
    `INSERT INTO articles (feed_id, section_id, identity, guid, url, title, author, published_at, updated_at, sort_time,
       summary, content_html, full_text_html, text, language, language_source, lead_image_url, categories, word_count,
       fetched_at, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    feedId,
    sectionId,
    row.identity,
    row.guid,
    row.url,
    row.title,
    row.author,
    row.publishedAt,
    row.updatedAt,
    sortTime,
    row.summary,
    row.contentHtml,
    row.fullTextHtml,
    row.text,
    row.language,
    row.languageSource,
    row.leadImageUrl,
    JSON.stringify(row.categories),
    row.wordCount,
    now,
    row.contentHash,
  )!.id;
  writeCategories(db, id, row.categories, sortTime);
  writeSearchDocument(db, id, row, false);
  return id;
}

function replaceContent(db: Db, id: number, row: EntryRow, sortTime: number): void {
  run(
    db,
    `UPDATE articles SET guid = ?, url = ?, title = ?, author = ?, published_at = ?, updated_at = ?, sort_time = ?,
       summary = ?, content_html = ?, full_text_html = ?, text = ?, language = ?, language_source = ?, lead_image_url = ?,
       categories = ?, word_count = ?, content_hash = ?
     WHERE id = ?`,
    row.guid,
    row.url,
    row.title,
    row.author,
    row.publishedAt,
    row.updatedAt,
    sortTime,
    row.summary,
    row.contentHtml,
    row.fullTextHtml,
    row.text,
    row.language,
    row.languageSource,
    row.leadImageUrl,
    JSON.stringify(row.categories),
    row.wordCount,
    row.contentHash,
    id,
  );
  run(db, 'DELETE FROM article_categories WHERE article_id = ?', id);
  writeCategories(db, id, row.categories, sortTime);
  writeSearchDocument(db, id, row, true);
}

function writeCategories(db: Db, id: number, categories: readonly string[], sortTime: number): void {
  const keys = new Set(categories.map(categoryKey));
  for (const key of keys)
    run(db, 'INSERT INTO article_categories (category, sort_time, article_id) VALUES (?, ?, ?)', key, sortTime, id);
}

/** Categories match regardless of case and surrounding space ("World" = "world "). */
export function categoryKey(category: string): string {
  return category.trim().toLowerCase();
}
