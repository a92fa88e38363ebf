/**
 * Between parsing and storing: the parser's articles as the library's
 * entries, and what the library already has of them. Extracted full text is
 * not in the feed document, so it is carried over from the stored article
 * with the page's title and byline; otherwise the next refresh would see a
 * "changed" entry and drop them.
 *
 * Before the document is read, the feed's stored source hashes go to the reading thread, which passes over the
 * entries the library already has as the feed gives them (`reading/read-feed-document.ts`).
 */
import { all, placeholders, type Db } from '../db/sql';
import { identityOf } from '../library/articles/normalize-entry';
import type { ParsedEntry } from '../library/articles/parsed-entry';
import { timeFromDocument } from '../library/articles/source-hash';
import type { NormalizedArticle } from '../feeds/normalize';

export function toParsedEntries(articles: readonly NormalizedArticle[], fetchedAt?: number): ParsedEntry[] {
  return articles.map((article) => ({
    // The normaliser gives an undated entry (or one dated after the fetch) the fetch time: not a time to know it by.
    ...(fetchedAt === undefined ? {} : { identityTime: timeFromDocument(article.publishedAt, fetchedAt) }),
    guid: article.guid ?? null,
    url: article.url ?? null,
    title: article.title,
    author: article.author ?? null,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt ?? null,
    summary: article.summary || null,
    contentHtml: article.contentHtml ?? null,
    language: article.language ?? null,
    leadImageUrl: article.leadImageUrl ?? null,
    categories: article.categories,
  }));
}

/**
 * Every stored article of the feed that came from one of its documents, as identity → source hash: one range of
 * the (feed_id, identity) index. Articles without one (stored before migration 017, from a backup, an import or
 * a page fetched on demand) are left out, so their entries take the full path and get one.
 */
export function readSourceHashes(db: Db, feedRowId: number): Map<string, string> {
  const rows = all<{ identity: string; source_hash: string }>(
    db,
    'SELECT identity, source_hash FROM articles WHERE feed_id = ? AND source_hash IS NOT NULL',
    feedRowId,
  );
  return new Map(rows.map((row) => [row.identity, row.source_hash]));
}

interface StoredRow {
  identity: string;
  full_text_html: string | null;
  text: string;
  page_title: string | null;
  byline: string | null;
}

/** What the article's page gave, as stored. */
export interface StoredPage {
  html: string;
  text: string;
  pageTitle: string | null;
  byline: string | null;
}

/** SQLite's default limit on bound parameters is 32,766; stay well inside it. */
const CHUNK = 500;

export interface StoredEntries {
  /** Identities already stored for the feed. */
  known: Set<string>;
  /** Stored full text by identity. */
  fullText: Map<string, StoredPage>;
}

export function readStoredEntries(db: Db, feedRowId: number, entries: readonly ParsedEntry[]): StoredEntries {
  const identities = [...new Set(entries.map(identityOf))];
  const known = new Set<string>();
  const fullText = new Map<string, StoredPage>();
  for (let start = 0; start < identities.length; start += CHUNK) {
    const chunk = identities.slice(start, start + CHUNK);
    const rows = all<StoredRow>(
      db,
      `SELECT identity, full_text_html, text, page_title, byline FROM articles WHERE feed_id = ? AND identity IN (${placeholders(chunk.length)})`,
      feedRowId,
      ...chunk,
    );
    for (const row of rows) {
      known.add(row.identity);
      if (row.full_text_html)
        fullText.set(row.identity, {
          html: row.full_text_html,
          text: row.text,
          pageTitle: row.page_title,
          byline: row.byline,
        });
    }
  }
  return { known, fullText };
}

export function withStoredFullText(entries: readonly ParsedEntry[], stored: StoredEntries): ParsedEntry[] {
  if (stored.fullText.size === 0) return [...entries];
  return entries.map((entry) => {
    const kept = stored.fullText.get(identityOf(entry));
    return kept && !entry.fullTextHtml
      ? { ...entry, fullTextHtml: kept.html, text: kept.text, pageTitle: kept.pageTitle, byline: kept.byline }
      : entry;
  });
}
