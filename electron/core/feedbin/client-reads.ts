/**
 * The reading calls: are these credentials good, which subscriptions and taggings, which entries (a page at a
 * time by `since`, or by id), which entry ids are unread and starred. Limits from the API docs: 100 entries per
 * page (README.md, "Pagination") and per `ids=` call (content/entries.md, unread-entries.md).
 */
import { parseEntries, parseIdList, parseSubscriptions, parseTaggings } from './parse';
import { pagingOf } from './paging';
import type { Query, Session } from './session';
import type {
  FeedbinCallOptions,
  FeedbinEntriesPage,
  FeedbinEntriesQuery,
  FeedbinEntry,
  FeedbinSubscription,
  FeedbinTagging,
} from './types';
import { chunks, wireIds } from './wire-ids';

/** Entries per page and per `ids=` call. */
export const ENTRIES_PER_CALL = 100;

/** Resolves when Feedbin accepts the credentials (200); FeedbinAuthError when it refuses them (401). */
export async function checkCredentials(session: Session, options?: FeedbinCallOptions): Promise<void> {
  const endpoint = 'authentication.json';
  session.bodyOf(await session.send('GET', endpoint, {}, options), endpoint);
}

export async function subscriptions(session: Session, options?: FeedbinCallOptions): Promise<FeedbinSubscription[]> {
  const endpoint = 'subscriptions.json';
  return parseSubscriptions(session.bodyOf(await session.send('GET', endpoint, {}, options), endpoint), endpoint);
}

export async function taggings(session: Session, options?: FeedbinCallOptions): Promise<FeedbinTagging[]> {
  const endpoint = 'taggings.json';
  return parseTaggings(session.bodyOf(await session.send('GET', endpoint, {}, options), endpoint), endpoint);
}

export async function entriesPage(
  session: Session,
  query: FeedbinEntriesQuery,
  options?: FeedbinCallOptions,
): Promise<FeedbinEntriesPage> {
  const endpoint = 'entries.json';
  const page = query.page !== undefined && Number.isSafeInteger(query.page) && query.page > 1 ? query.page : 1;
  const perPage = Number.isFinite(query.perPage)
    ? Math.max(1, Math.min(Math.floor(query.perPage ?? ENTRIES_PER_CALL), ENTRIES_PER_CALL))
    : ENTRIES_PER_CALL;
  const fields: [string, string][] = [];
  if (query.since) fields.push(['since', query.since]);
  if (query.read !== undefined) fields.push(['read', String(query.read)]);
  if (query.starred !== undefined) fields.push(['starred', String(query.starred)]);
  fields.push(['per_page', String(perPage)]);
  if (page > 1) fields.push(['page', String(page)]);
  const response = await session.send('GET', endpoint, { query: fields }, options);
  // A page past the last one is a 404 (content/entries.md, "if the page number does not exist"): the entries
  // were fewer by the time it was asked for — the end, not a failure.
  if (response.status === 404 && page > 1)
    return { entries: [], page, nextPage: null, lastPage: null, recordCount: null };
  const entries = parseEntries(session.bodyOf(response, endpoint), endpoint);
  return { entries, page, ...pagingOf(response) };
}

/**
 * Every page of a query, one at a time, so the caller can store each before asking for the next. Follows the
 * `Link` header's next page; stops on the last page, on an empty one, and on a next page that does not move
 * forward (a server that would never end).
 */
export async function* entryPages(
  session: Session,
  query: FeedbinEntriesQuery,
  options?: FeedbinCallOptions,
): AsyncGenerator<FeedbinEntriesPage> {
  let page = query.page ?? 1;
  for (;;) {
    const result = await entriesPage(session, { ...query, page }, options);
    yield result;
    if (result.nextPage === null || result.entries.length === 0 || result.nextPage <= result.page) return;
    page = result.nextPage;
  }
}

/** The entries with these ids, 100 per call; ids Feedbin does not know (or no longer shows) are left out. */
export async function entriesByIds(
  session: Session,
  ids: readonly string[],
  options?: FeedbinCallOptions,
): Promise<FeedbinEntry[]> {
  const endpoint = 'entries.json';
  const entries: FeedbinEntry[] = [];
  for (const chunk of chunks(wireIds(ids), ENTRIES_PER_CALL)) {
    const query: Query = [['ids', chunk.join(',')]];
    const response = await session.send('GET', endpoint, { query }, options);
    entries.push(...parseEntries(session.bodyOf(response, endpoint), endpoint));
  }
  return entries;
}

export async function unreadEntryIds(session: Session, options?: FeedbinCallOptions): Promise<string[]> {
  return idList(session, 'unread_entries.json', options);
}

export async function starredEntryIds(session: Session, options?: FeedbinCallOptions): Promise<string[]> {
  return idList(session, 'starred_entries.json', options);
}

async function idList(session: Session, endpoint: string, options?: FeedbinCallOptions): Promise<string[]> {
  return parseIdList(session.bodyOf(await session.send('GET', endpoint, {}, options), endpoint), endpoint);
}
