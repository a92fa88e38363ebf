/**
 * "Download full articles": for entries the library has not seen yet, fetch
 * the article page and keep Readability's body next to the feed's content.
 * A page that fails to download or extract costs that article its full text,
 * never the feed its refresh. Capped per refresh so a feed that suddenly
 * lists 500 new links does not turn one refresh into 500 page downloads.
 * What the extractor found replaces nothing unless it is credible against
 * the feed's own text (full-text-credibility.ts: the extractor's retries are
 * judged by that same rule): a login bar is not the article. An article
 * whose page held no credible text keeps the feed's and is marked
 * (`fullTextFailed`), so the article view can say so.
 */
import { cleanByline } from '../library/articles/byline';
import { identityOf } from '../library/articles/normalize-entry';
import type { ParsedEntry } from '../library/articles/parsed-entry';
import { htmlToText } from '../library/articles/plain-text';
import type { Fetcher } from '../net/fetch-resource';
import type { FetchErrorCode, FetchResult } from '../net/fetch-result';
import { hostKey, type Limiter } from '../net/limiter';
import { extractForFeed } from './full-text-credibility';

export const MAX_FULL_TEXT_PER_REFRESH = 25;
const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';
const PAGE_MAX_BYTES = 5 * 1024 * 1024;
const PAGE_TIMEOUT_MS = 30_000;

export interface FullTextDeps {
  fetcher: Fetcher;
  limiter: Limiter;
  signal: AbortSignal;
  now: () => number;
}

export async function addFullText(
  entries: readonly ParsedEntry[],
  known: ReadonlySet<string>,
  deps: FullTextDeps,
): Promise<ParsedEntry[]> {
  const wanted = new Set(
    entries
      .filter((entry) => entry.url && !entry.fullTextHtml && !known.has(identityOf(entry)))
      .slice(0, MAX_FULL_TEXT_PER_REFRESH),
  );
  if (wanted.size === 0) return [...entries];
  const outcomes = new Map<ParsedEntry, FullTextOutcome>();
  await Promise.all(
    [...wanted].map(async (entry) => {
      const found = await fetchFullText(entry.url!, deps, feedTextOf(entry)).catch(() => null);
      if (found) outcomes.set(entry, found);
    }),
  );
  return entries.map((entry) => {
    const found = outcomes.get(entry);
    if (found?.ok)
      return { ...entry, fullTextHtml: found.html, text: found.text, pageTitle: found.title, byline: found.byline };
    if (found?.reason === 'not-an-article') return { ...entry, fullTextFailed: true };
    return entry;
  });
}

/** What the feed itself says of the article, as plain text: the yardstick for the page's text. */
export function feedTextOf(entry: Pick<ParsedEntry, 'contentHtml' | 'summary'>): string {
  const fromContent = entry.contentHtml ? htmlToText(entry.contentHtml) : '';
  const summary = entry.summary?.trim() ?? '';
  return fromContent.length >= summary.length ? fromContent : summary;
}

/**
 * Why a page gave no full text, in words for the reader (the on-demand path shows them): the server could not be
 * reached or is down for now (`unreachable`, worth trying later), it has no such page or refused it (`no-page`),
 * the fetch was cancelled, or the page holds no article.
 */
export type FullTextFailure = 'unreachable' | 'no-page' | 'cancelled' | 'not-an-article';
export type FullTextOutcome =
  | { ok: true; html: string; text: string; title: string | null; byline: string | null }
  | { ok: false; reason: FullTextFailure; message: string };

/**
 * One article page, fetched under the shared limiter and extracted with the feed's own text as the judge of every
 * candidate body (plain text; empty when the feed has none); every path that stores full text goes through it.
 */
export async function fetchFullText(url: string, deps: FullTextDeps, feedText: string): Promise<FullTextOutcome> {
  const result = await deps.limiter.run(
    hostKey(url),
    () =>
      deps.fetcher.fetchResource(url, {
        accept: PAGE_ACCEPT,
        maxBytes: PAGE_MAX_BYTES,
        totalTimeoutMs: PAGE_TIMEOUT_MS,
        signal: deps.signal,
      }),
    deps.signal,
  );
  if (result.kind !== 'ok') return { ok: false, reason: failureOf(result), message: unreachableMessage(result) };
  const extracted = extractForFeed(result.body, {
    url: result.finalUrl,
    contentType: result.contentType,
    feedText,
    now: deps.now,
  });
  // Too large or complex, no article, or nothing credible: the feed's text stays (the message says which).
  if (!extracted.ok) return { ok: false, reason: 'not-an-article', message: extracted.message };
  const { article } = extracted;
  return {
    ok: true,
    html: article.contentHtml,
    text: article.textContent,
    title: article.title.trim() || null,
    byline: cleanByline(article.byline),
  };
}

/** Network trouble, time-outs, a busy or failing server: the page may well be there later. */
const TRANSIENT = new Set<FetchErrorCode>(['TIMEOUT_CONNECT', 'TIMEOUT_TOTAL', 'NETWORK', 'TLS']);

function failureOf(result: Exclude<FetchResult, { kind: 'ok' }>): Exclude<FullTextFailure, 'not-an-article'> {
  if (result.kind === 'retry-later') return 'unreachable';
  if (result.kind !== 'error') return 'no-page';
  if (result.code === 'CANCELLED') return 'cancelled';
  if (TRANSIENT.has(result.code) || (result.code === 'HTTP_ERROR' && (result.status ?? 0) >= 500)) return 'unreachable';
  return 'no-page';
}

function unreachableMessage(result: Exclude<FetchResult, { kind: 'ok' }>): string {
  switch (result.kind) {
    case 'error':
      return result.message;
    case 'gone':
      return result.message;
    case 'retry-later':
      return result.reason;
    case 'not-modified':
      // Never asked for (no validators are sent), but a server may answer 304 anyway.
      return 'The article page sent no content.';
  }
}
