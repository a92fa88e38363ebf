/**
 * One feed, start to finish: fetch with the stored validators, parse, store
 * the articles and the outcome together in one transaction. Every problem
 * ends as this feed's outcome and stored error; nothing here throws, and a
 * failure never touches articles already stored.
 */
import { ApiError } from '../../api/errors';
import type { FailureCause } from '../../api/library-models';
import { causeOfFetchError } from './failure-cause';
import { transaction, type Db } from '../db/sql';
import { normalizeEntry } from '../library/articles/normalize-entry';
import { upsertRows } from '../library/articles/upsert-articles';
import { nextAttemptAt } from '../net/backoff';
import type { Fetcher } from '../net/fetch-resource';
import type { FetchResult } from '../net/fetch-result';
import { hostKey, type Limiter } from '../net/limiter';
import { observeRedirect } from '../net/permanent-redirects';
import { addFullText } from './full-text';
import { runRulesOnArrival } from '../rules/run-on-arrival';
import { identitiesSkippingFullText } from '../rules/skip-full-text';
import { withContentHtml, type FeedReader } from './reading/read-feed-document';
import { readSourceHashes, readStoredEntries, withStoredFullText } from './stored-entries';
import {
  adoptUrl,
  fillMetadata,
  markGone,
  readTarget,
  recordFailure,
  recordSuccess,
  saveRedirectStreak,
  type FeedTarget,
} from './sync-state';

export type FeedStatus = 'updated' | 'unchanged' | 'failed' | 'gone' | 'cancelled' | 'missing';

export interface FeedOutcome {
  feedId: string;
  title: string;
  status: FeedStatus;
  newArticles: number;
  /** Reader-facing, for failed and gone feeds. */
  message?: string;
  /** Why, for failed and gone feeds. */
  cause?: FailureCause;
}

export interface RefreshDeps {
  db: () => Db;
  fetcher: Fetcher;
  /** Parses and normalises fetched documents, possibly on another thread. */
  reader: FeedReader;
  limiter: Limiter;
  signal: AbortSignal;
  now: () => number;
  /** The app-wide interval, used when the feed has none of its own. */
  defaultIntervalMinutes: number;
  /** Backoff jitter; injectable for deterministic tests. */
  random?: () => number;
}

export async function refreshFeed(rowId: number, deps: RefreshDeps): Promise<FeedOutcome> {
  const target = readTarget(deps.db(), rowId);
  if (!target) return { feedId: String(rowId), title: '', status: 'missing', newArticles: 0 };
  const outcome = (status: FeedStatus, newArticles = 0, failure?: Failure): FeedOutcome => ({
    feedId: target.id,
    title: target.title,
    status,
    newArticles,
    ...(failure === undefined ? {} : failure),
  });
  try {
    const result = await fetchFeed(target, deps);
    if (!result || deps.signal.aborted || (result.kind === 'error' && result.code === 'CANCELLED'))
      return outcome('cancelled');
    followRedirect(target, result, deps);
    return await store(target, result, deps, outcome);
  } catch (error) {
    const message = `Broadsheet could not store this feed (${error instanceof Error ? error.message : String(error)}).`;
    if (isNotFound(error)) return outcome('missing');
    try {
      fail(deps.db(), target, deps, { message, cause: 'storage' });
    } catch {
      // The store itself is failing; the outcome still reaches the reader.
    }
    return outcome('failed', 0, { message, cause: 'storage' });
  }
}

async function fetchFeed(target: FeedTarget, deps: RefreshDeps): Promise<FetchResult | null> {
  const request = {
    etag: target.etag ?? undefined,
    lastModified: target.lastModified ?? undefined,
    signal: deps.signal,
  };
  try {
    return await deps.limiter.run(
      hostKey(target.url),
      () => deps.fetcher.fetchResource(target.url, request),
      deps.signal,
    );
  } catch {
    return null; // The limiter rejects only when the run is cancelled while waiting.
  }
}

function followRedirect(target: FeedTarget, result: FetchResult, deps: RefreshDeps): void {
  const decision = observeRedirect(target.redirect, result, target.url);
  if (decision.streak?.target !== target.redirect?.target || decision.streak?.count !== target.redirect?.count) {
    saveRedirectStreak(deps.db(), target.rowId, decision.streak);
  }
  if (decision.adopt && adoptUrl(deps.db(), target.rowId, decision.adopt)) target.url = decision.adopt;
}

async function store(
  target: FeedTarget,
  result: FetchResult,
  deps: RefreshDeps,
  outcome: (status: FeedStatus, n?: number, failure?: Failure) => FeedOutcome,
) {
  const db = deps.db();
  const now = deps.now();
  const nextDueAt = now + (target.refreshMinutes ?? deps.defaultIntervalMinutes) * 60_000;
  switch (result.kind) {
    case 'not-modified':
      recordSuccess(db, target.rowId, { now, nextDueAt });
      return outcome('unchanged');
    case 'gone':
      markGone(db, target.rowId, now, result.message);
      return outcome('gone', 0, { message: result.message, cause: 'gone' });
    case 'retry-later': {
      const failure: Failure = { message: result.reason, cause: 'busy' };
      fail(db, target, deps, failure, result.until);
      return outcome('failed', 0, failure);
    }
    case 'error': {
      const failure: Failure = { message: result.message, cause: causeOfFetchError(result.code) };
      fail(db, target, deps, failure);
      return outcome('failed', 0, failure);
    }
  }
  const document = await deps.reader.read({
    body: result.body,
    ...(result.contentType ? { contentType: result.contentType } : {}),
    url: result.finalUrl,
    firstSeenAt: now,
    storedSourceHashes: readSourceHashes(db, target.rowId),
  });
  if (deps.signal.aborted) return outcome('cancelled');
  if (!document.ok) {
    const failure: Failure = { message: document.message, cause: document.cause };
    fail(deps.db(), target, deps, failure);
    return outcome('failed', 0, failure);
  }
  // Only new and changed entries come back; those the library has as they are (`document.known`) are left alone.
  const read = withContentHtml(document.entries, document.rows);
  const stored = readStoredEntries(deps.db(), target.rowId, read);
  let entries = withStoredFullText(read, stored);
  if (target.fullText) {
    // Entries a rule says not to download (`skip-full-text`) are passed over like those already stored.
    const skipped = identitiesSkippingFullText(deps.db(), target.rowId, document.rows);
    entries = await addFullText(
      entries,
      skipped.size > 0 ? new Set([...stored.known, ...skipped]) : stored.known,
      deps,
    );
  }
  if (deps.signal.aborted) return outcome('cancelled');
  // Entries the stored or extracted full text changed are normalised again; the rest come ready from the reader.
  // The language the reading thread chose (from title and summary, which full text does not change) is kept.
  const rows = entries.map((entry, index) => {
    const row = document.rows[index]!;
    if (entry === read[index]) return row;
    const again = normalizeEntry({ ...entry, language: row.language, languageSource: row.languageSource });
    return { ...again, sourceHash: row.sourceHash ?? null };
  });
  const written = transaction(deps.db(), () => {
    const upserted = upsertRows(deps.db(), target.id, rows, now, document.known.length);
    // The reader's rules, on the articles stored new, in the same transaction (issue 18).
    runRulesOnArrival(deps.db(), upserted.insertedIds, now, {
      feedRowId: upserted.feedRowId,
      rows: upserted.insertedRows,
    });
    fillMetadata(deps.db(), target.rowId, target.url, document.feed);
    recordSuccess(deps.db(), target.rowId, {
      now,
      nextDueAt,
      etag: result.etag ?? null,
      lastModified: result.lastModified ?? null,
    });
    return upserted;
  });
  return outcome(written.inserted > 0 || written.updated > 0 ? 'updated' : 'unchanged', written.inserted);
}

interface Failure {
  message: string;
  cause: FailureCause;
}

function fail(db: Db, target: FeedTarget, deps: RefreshDeps, { message, cause }: Failure, retryAfter?: Date): void {
  const now = deps.now();
  const failures = target.consecutiveFailures + 1;
  const options = { ...(deps.random ? { random: deps.random } : {}), ...(retryAfter ? { retryAfter } : {}) };
  const nextDueAt = nextAttemptAt(failures, new Date(now), options).getTime();
  recordFailure(db, target.rowId, { now, message, cause, failures, nextDueAt });
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND';
}
