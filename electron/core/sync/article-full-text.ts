/**
 * `articles.fetchFullText`: one article's page on demand, for feeds without
 * "download full articles". The page goes through the same fetch-and-extract
 * step as the per-feed path, and the result is stored the same way — as the
 * stored entry plus its full text, through `upsertArticles` — so the search
 * index, word count and content hash agree with what a refresh would write,
 * and the next refresh carries the full text over (stored-entries.ts).
 */
import type { Article } from '../../api/library-models';
import { ApiError, type ApiErrorCode } from '../../api/errors';
import type { LanguageSource } from '../language/choose-language';
import { get, type Db } from '../db/sql';
import { getArticle } from '../library/articles/get-article';
import { identityOf } from '../library/articles/normalize-entry';
import type { ParsedEntry } from '../library/articles/parsed-entry';
import { upsertArticles } from '../library/articles/upsert-articles';
import { notFound, toIdString, toRowId } from '../library/row-ids';
import { markFullTextFailed } from '../library/tables/articles-table';
import { feedTextOf, fetchFullText, type FullTextDeps, type FullTextFailure } from './full-text';

const FAILURE_CODES: Record<FullTextFailure, ApiErrorCode> = {
  unreachable: 'UNAVAILABLE',
  cancelled: 'CANCELLED',
  'no-page': 'NOT_FOUND',
  'not-an-article': 'NOT_FOUND',
};

export interface ArticleFullTextDeps extends FullTextDeps {
  db: () => Db;
  online: boolean;
}

interface StoredArticleRow {
  feed_id: number;
  identity: string;
  guid: string | null;
  url: string | null;
  title: string;
  author: string | null;
  published_at: number | null;
  updated_at: number | null;
  summary: string | null;
  content_html: string | null;
  language: string | null;
  language_source: LanguageSource | null;
  lead_image_url: string | null;
  categories: string;
}

export async function fetchArticleFullText(id: string, deps: ArticleFullTextDeps): Promise<Article> {
  const rowId = toRowId(id, 'article');
  const row = storedRow(deps.db(), rowId);
  if (!row) throw notFound('article', id);
  if (!row.url)
    throw new ApiError('NOT_FOUND', 'This article has no web page to fetch the full text from.', { reason: 'no-link' });
  if (!deps.online) {
    throw new ApiError('UNAVAILABLE', 'You are offline. The full text can be fetched once the network is back.', {
      reason: 'offline',
    });
  }
  const outcome = await fetchFullText(
    row.url,
    deps,
    feedTextOf({ contentHtml: row.content_html, summary: row.summary }),
  );
  if (!outcome.ok && outcome.reason === 'not-an-article') {
    // The page is there but its text is not credible: the article keeps the feed's, and says so when opened again.
    markFullTextFailed(deps.db(), rowId);
    throw new ApiError(
      'NOT_FOUND',
      'The full text couldn’t be extracted from this page. The feed’s text is kept; open the page in your browser to read it there.',
      { reason: outcome.reason, detail: outcome.message },
    );
  }
  if (!outcome.ok)
    throw new ApiError(FAILURE_CODES[outcome.reason], `The full text could not be fetched: ${outcome.message}`, {
      reason: outcome.reason,
    });

  // The article may have been deleted (unsubscribed) while its page was downloading: storing it again would revive it.
  const current = storedRow(deps.db(), rowId);
  if (!current) throw notFound('article', id);
  const entry = {
    ...toEntry(current),
    fullTextHtml: outcome.html,
    text: outcome.text,
    pageTitle: outcome.title,
    byline: outcome.byline,
  };
  // Same identity, so upsert replaces this row rather than adding a twin; guard it anyway.
  if (identityOf(entry) !== current.identity)
    throw new ApiError('INTERNAL', 'The article could not be matched to its stored copy.');
  upsertArticles(deps.db(), toIdString(current.feed_id), [entry], deps.now());
  return getArticle(deps.db(), id);
}

function storedRow(db: Db, rowId: number): StoredArticleRow | undefined {
  return get<StoredArticleRow>(
    db,
    `SELECT feed_id, identity, guid, url, title, author, published_at, updated_at, summary, content_html, language,
       language_source, lead_image_url, categories
     FROM articles WHERE id = ?`,
    rowId,
  );
}

/** The stored article back as the entry the feed gave (its fields are already normalized, so normalizing again keeps them). */
function toEntry(row: StoredArticleRow): ParsedEntry {
  return {
    guid: row.guid,
    url: row.url,
    title: row.title,
    author: row.author,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    summary: row.summary,
    contentHtml: row.content_html,
    language: row.language,
    languageSource: row.language_source,
    leadImageUrl: row.lead_image_url,
    categories: parseCategories(row.categories),
  };
}

function parseCategories(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
