/**
 * The one writer of `articles` and of what moves with an article's content: its categories
 * (`article_categories`) and its search document. Sync, restore and imports all store articles through
 * `insertArticle`, so an article is the same row whichever way it arrived. Statements are the shared per-connection
 * cache's (`db/sql.ts`): the sync path's inserts and lookups are prepared once per database.
 */
import { get, placeholders, run, type Db, type Params } from '../../db/sql';
import { writeSearchDocument } from '../../db/search-index';
import type { LanguageSource } from '../../language/choose-language';

/** An article's content, as normalised from a feed entry, a backup record or an imported link. */
export interface ArticleContent {
  guid: string | null;
  url: string | null;
  title: string;
  author: string | null;
  publishedAt: number | null;
  updatedAt: number | null;
  summary: string | null;
  contentHtml: string | null;
  fullTextHtml: string | null;
  text: string;
  /** The page's title and byline, kept with the full text (absent: none, as from a backup or an imported link). */
  pageTitle?: string | null;
  byline?: string | null;
  language: string | null;
  /** How `language` was chosen; null: not yet checked against the text (the language pass will). */
  languageSource: LanguageSource | null;
  leadImageUrl: string | null;
  categories: readonly string[];
  wordCount: number;
  contentHash: string;
  /** The entry as its feed document gave it (`library/articles/source-hash.ts`); absent: not from a feed document. */
  sourceHash?: string | null;
}

export interface NewArticle extends ArticleContent {
  feedId: number;
  /** The feed's section, copied so section lists walk one index. */
  sectionId: number | null;
  identity: string;
  /** The service's id for the item (account articles); absent or null for feeds polled here. */
  remoteId?: string | null;
  /** The service's own clock for the item (what its mark-all compares), where it gives one. */
  remoteTime?: number | null;
  sortTime: number;
  isRead: boolean;
  fetchedAt: number;
  /** The page was fetched but held no credible article text (the feed's text stays). */
  fullTextFailed?: boolean;
}

export interface StoredArticleKey {
  id: number;
  contentHash: string;
  sourceHash: string | null;
  fetchedAt: number;
}

/** Conditions over the alias `a` with their bound parameters: which articles a bulk change touches. */
export interface ArticleFilter {
  where: readonly string[];
  params: Params;
}

export function findArticle(db: Db, feedId: number, identity: string): StoredArticleKey | undefined {
  const row = get<{ id: number; content_hash: string; source_hash: string | null; fetched_at: number }>(
    db,
    'SELECT id, content_hash, source_hash, fetched_at FROM articles WHERE feed_id = ? AND identity = ?',
    feedId,
    identity,
  );
  return row && { id: row.id, contentHash: row.content_hash, sourceHash: row.source_hash, fetchedAt: row.fetched_at };
}

export function insertArticle(db: Db, row: NewArticle): number {
  const id = get<{ id: number }>(
    db,
    `INSERT INTO articles (feed_id, section_id, identity, guid, url, title, author, published_at, updated_at, sort_time,
       summary, content_html, full_text_html, text, language, language_source, lead_image_url, categories, word_count,
       is_read, fetched_at, content_hash, remote_id, remote_time, page_title, byline, full_text_failed, source_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    row.feedId,
    row.sectionId,
    row.identity,
    row.guid,
    row.url,
    row.title,
    row.author,
    row.publishedAt,
    row.updatedAt,
    row.sortTime,
    row.summary,
    row.contentHtml,
    row.fullTextHtml,
    row.text,
    row.language,
    row.languageSource,
    row.leadImageUrl,
    JSON.stringify(row.categories),
    row.wordCount,
    row.isRead ? 1 : 0,
    row.fetchedAt,
    row.contentHash,
    row.remoteId ?? null,
    row.remoteTime ?? null,
    row.pageTitle ?? null,
    row.byline ?? null,
    row.fullTextFailed === true && row.fullTextHtml === null ? 1 : 0,
    row.sourceHash ?? null,
  )!.id;
  writeCategories(db, id, row.categories, row.sortTime);
  writeSearchDocument(db, id, row, false);
  return id;
}

/** The service's clock for an article stored before it was known (an item seen again); a known one stays. */
export function setRemoteTimeIfUnknown(db: Db, id: number, remoteTime: number | null): void {
  if (remoteTime !== null)
    run(db, 'UPDATE articles SET remote_time = ? WHERE id = ? AND remote_time IS NULL', remoteTime, id);
}

/**
 * A changed entry: its content is replaced; its read flag and bookmark are not touched. Whether its page failed
 * stays as it was, until full text arrives. The source hash is the row's: none (NULL) for content that did not come
 * from a feed document, so the next refresh of its feed looks at the entry again.
 */
export function replaceArticleContent(db: Db, id: number, row: ArticleContent, sortTime: number): void {
  run(
    db,
    `UPDATE articles SET guid = ?, url = ?, title = ?, author = ?, published_at = ?, updated_at = ?, sort_time = ?,
       summary = ?, content_html = ?, full_text_html = ?, text = ?, language = ?, language_source = ?, lead_image_url = ?,
       categories = ?, word_count = ?, content_hash = ?, page_title = ?, byline = ?,
       full_text_failed = CASE WHEN ? IS NULL THEN full_text_failed ELSE 0 END, source_hash = ?
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
    row.pageTitle ?? null,
    row.byline ?? null,
    row.fullTextHtml,
    row.sourceHash ?? null,
    id,
  );
  run(db, 'DELETE FROM article_categories WHERE article_id = ?', id);
  writeCategories(db, id, row.categories, sortTime);
  writeSearchDocument(db, id, row, true);
}

/** An unchanged article's fingerprint of its feed entry, where it had none or an older one (nothing else changes). */
export function setSourceHash(db: Db, id: number, sourceHash: string): void {
  run(db, 'UPDATE articles SET source_hash = ? WHERE id = ?', sourceHash, id);
}

/** Categories match regardless of case and surrounding space ("World" = "world "). */
export function categoryKey(category: string): string {
  return category.trim().toLowerCase();
}

function writeCategories(db: Db, id: number, categories: readonly string[], sortTime: number): void {
  for (const key of new Set(categories.map(categoryKey)))
    run(db, 'INSERT INTO article_categories (category, sort_time, article_id) VALUES (?, ?, ?)', key, sortTime, id);
}

/** Keeps the articles' copy of their feed's section in step with the feed. */
export function setFeedArticlesSection(db: Db, feedId: number, sectionId: number | null): void {
  run(db, 'UPDATE articles SET section_id = ? WHERE feed_id = ?', sectionId, feedId);
}

/** Sets the read flag of every article the filter selects; returns how many changed. */
export function setReadFlag(db: Db, read: boolean, filter: ArticleFilter): number {
  const flag = read ? 1 : 0;
  return run(
    db,
    `UPDATE articles AS a SET is_read = ? WHERE a.is_read <> ?${filter.where.map((clause) => ` AND ${clause}`).join('')}`,
    flag,
    flag,
    ...filter.params,
  );
}

/** One article's read flag as a sync service has it: returns whether it changed. */
export function setReadFlagOf(db: Db, id: number, read: boolean): boolean {
  const flag = read ? 1 : 0;
  return run(db, 'UPDATE articles SET is_read = ? WHERE id = ? AND is_read <> ?', flag, id, flag) > 0;
}

/** Read if either side read it (restore, imports): returns whether it changed. */
export function markArticleRead(db: Db, id: number): boolean {
  return run(db, 'UPDATE articles SET is_read = 1 WHERE id = ? AND is_read = 0', id) > 0;
}

/** Returns whether the library holds that article (already read or not). */
export function markReadByIdentity(db: Db, feedId: number, identity: string): boolean {
  return run(db, 'UPDATE articles SET is_read = 1 WHERE feed_id = ? AND identity = ?', feedId, identity) > 0;
}

export interface PageText {
  html: string;
  text: string;
  wordCount: number;
}

/** The backup's extracted text, taken only when the library's copy has none. Returns whether it was taken. */
export function adoptFullText(db: Db, id: number, page: PageText): boolean {
  const changed = run(
    db,
    'UPDATE articles SET full_text_html = ?, text = ?, word_count = ? WHERE id = ? AND full_text_html IS NULL',
    page.html,
    page.text,
    page.wordCount,
    id,
  );
  if (changed > 0) rewriteSearchText(db, id, page.text);
  return changed > 0;
}

export interface FetchedPage extends PageText {
  /** The title to show: the caller's choice between the stored one and the page's (`chooseTitle`). */
  title: string;
  pageTitle: string | null;
  byline: string | null;
}

/**
 * A page fetched by the page pass (an imported bookmark's, or an account article's): its text replaces the
 * feed's or the link's, a summary is made if it had none, and its language is checked again (the page is a better
 * sample than the title). Returns false when the article is gone.
 */
export function storeFetchedPage(db: Db, id: number, page: FetchedPage): boolean {
  const changed = run(
    db,
    `UPDATE articles SET full_text_html = ?, text = ?, word_count = ?, summary = COALESCE(summary, ?), language_source = NULL,
       title = ?, page_title = ?, byline = ?, full_text_failed = 0
     WHERE id = ?`,
    page.html,
    page.text,
    page.wordCount,
    page.text.slice(0, 600) || null,
    page.title,
    page.pageTitle,
    page.byline,
    id,
  );
  if (changed > 0) rewriteSearchText(db, id, page.text);
  return changed > 0;
}

/** The article's page was fetched but held no credible article text: it keeps what it has, and the view says so. */
export function markFullTextFailed(db: Db, id: number): void {
  run(db, 'UPDATE articles SET full_text_failed = 1 WHERE id = ? AND full_text_html IS NULL', id);
}

function rewriteSearchText(db: Db, id: number, text: string): void {
  const row = get<{ title: string; author: string | null; byline: string | null; categories: string }>(
    db,
    'SELECT title, author, byline, categories FROM articles WHERE id = ?',
    id,
  )!;
  writeSearchDocument(
    db,
    id,
    {
      title: row.title,
      author: row.author,
      byline: row.byline,
      text,
      categories: JSON.parse(row.categories) as string[],
    },
    true,
  );
}

/** The language pass's answer; an article rewritten meanwhile (a refresh checked it) is left as it is. */
export function saveCheckedLanguage(db: Db, id: number, language: string | null, source: LanguageSource): void {
  run(
    db,
    'UPDATE articles SET language = ?, language_source = ? WHERE id = ? AND language_source IS NULL',
    language,
    source,
    id,
  );
}

/** Unsubscribing: the feed's articles go, except bookmarked ones. Returns how many stay. */
export function deleteFeedArticlesKeepingBookmarks(db: Db, feedId: number): number {
  run(db, 'DELETE FROM articles WHERE feed_id = ? AND id NOT IN (SELECT article_id FROM bookmarks)', feedId);
  return get<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles WHERE feed_id = ?', feedId)?.n ?? 0;
}

/**
 * Retention: deletes these articles, re-checking what may have changed since they were chosen (a bookmark, and
 * with `onlyRead` the read flag). Returns how many went.
 */
export function deleteArticles(db: Db, ids: readonly number[], onlyRead: boolean): number {
  if (ids.length === 0) return 0;
  return run(
    db,
    `DELETE FROM articles WHERE id IN (${placeholders(ids.length)})
       AND id NOT IN (SELECT article_id FROM bookmarks) AND (? = 0 OR is_read = 1)`,
    ...ids,
    onlyRead ? 1 : 0,
  );
}

/** Removing an account: every article of one of its feeds (their bookmarks must be gone first). */
export function deleteArticlesOfFeed(db: Db, feedId: number): void {
  run(db, 'DELETE FROM articles WHERE feed_id = ?', feedId);
}

/**
 * Removing an account but keeping its bookmarks: the bookmarked articles of `from` move to `to` (a local feed),
 * losing their remote id; a copy the target holds already stays behind. The count triggers do not see a move:
 * the caller recomputes the target's counts (`recountFeed`).
 */
export function moveBookmarkedArticles(db: Db, from: number, to: number): void {
  run(
    db,
    `UPDATE articles SET feed_id = ?1, remote_id = NULL, section_id = (SELECT section_id FROM feeds WHERE id = ?1)
     WHERE feed_id = ?2 AND id IN (SELECT article_id FROM bookmarks)
       AND identity NOT IN (SELECT identity FROM articles WHERE feed_id = ?1)`,
    to,
    from,
  );
}

/** A rule hides these articles, or the reader shows them again; returns how many changed. */
export function setHiddenByRule(db: Db, ids: readonly number[], hidden: boolean): number {
  const flag = hidden ? 1 : 0;
  let changed = 0;
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    changed += run(
      db,
      `UPDATE articles SET hidden_by_rule = ? WHERE hidden_by_rule <> ? AND id IN (${placeholders(chunk.length)})`,
      flag,
      flag,
      ...chunk,
    );
  }
  return changed;
}

/** Tags a rule gave an article that is not bookmarked (a JSON array, null for none): its bookmark takes them. */
export function setRuleTags(db: Db, id: number, tags: readonly string[] | null): void {
  run(db, 'UPDATE articles SET rule_tags = ? WHERE id = ?', tags && tags.length > 0 ? JSON.stringify(tags) : null, id);
}

/** A rule said not to download this article's page: the page pass passes it over. */
export function setSkipFullText(db: Db, ids: readonly number[]): void {
  for (const id of ids) run(db, 'UPDATE articles SET skip_full_text = 1 WHERE id = ?', id);
}
