/**
 * Entries and their read state (miniflux.app/docs/api.html, "Get Entries", "Update Entries", "Mark … as Read").
 *
 * - Paging goes by `after_entry_id` in id order, never by `offset`: an offset page shifts when an entry of an
 *   `status=unread` query is read meanwhile, and entries are skipped; an id cursor cannot skip. Both filters exist
 *   since 2.0.9.
 * - `limit` is at most 1,000: Miniflux 2.3.0 refuses more with a 400 ("limit value should be <= 1000",
 *   miniflux/v2 pull request #4284); older servers take any number, so 1,000 is the page everywhere.
 * - `changed_after` (2.0.49+, unix seconds) lists entries whose `changed_at` moved: read, unread, starred or
 *   unstarred elsewhere (storage sets `changed_at` in SetEntriesStatus and ToggleStarred) — a sync's state delta.
 * - Feed and category entries are listed under their own paths (`/v1/feeds/{id}/entries`), which every 2.x
 *   version has; `/v1/entries?feed_id=` is newer.
 */
import { parseEntriesPage } from './parse';
import type { Fields, Session } from './session';
import type {
  MinifluxCallOptions,
  MinifluxEntriesPage,
  MinifluxEntriesQuery,
  MinifluxEntry,
  MinifluxEntryStatus,
} from './types';
import { chunks, uniqueIds, wireId, wireIdList } from './wire-ids';

/** The most entries Miniflux 2.3 lists per request. */
export const MAX_ENTRIES_PER_PAGE = 1000;
/** Ids per `PUT /v1/entries`: Miniflux sets no limit; this keeps one request's body and SQL array modest. */
export const IDS_PER_UPDATE = 1000;

/** One page of entries, oldest id first. */
export async function entries(
  session: Session,
  query: MinifluxEntriesQuery,
  options?: MinifluxCallOptions,
): Promise<MinifluxEntriesPage> {
  const path = entriesPath(query);
  const body = await session.send('GET', path, { query: entriesFields(query) }, options);
  return parseEntriesPage(body, `GET ${path}`);
}

/**
 * Every page of a query, one at a time (so the caller stores each before asking for the next), each starting after
 * the largest id of the last. Stops on a short page, and on a server that does not move forward (it would never end).
 */
export async function* entryPages(
  session: Session,
  query: MinifluxEntriesQuery,
  options?: MinifluxCallOptions,
): AsyncGenerator<MinifluxEntriesPage> {
  const limit = pageLimit(query.limit);
  let after = query.afterEntryId === undefined ? null : BigInt(wireId(query.afterEntryId));
  for (;;) {
    const { offset: _ignored, ...rest } = query;
    const page = await entries(
      session,
      { ...rest, limit, ...(after === null ? {} : { afterEntryId: after.toString() }) },
      options,
    );
    yield page;
    const largest = largestId(page.entries);
    if (page.entries.length < limit || largest === null || (after !== null && largest <= after)) return;
    after = largest;
  }
}

/** Marks entries read or unread, in batches; ids the server does not have are ignored by it. */
export async function setStatus(
  session: Session,
  ids: readonly string[],
  status: MinifluxEntryStatus,
  options?: MinifluxCallOptions,
): Promise<void> {
  for (const batch of chunks(uniqueIds(ids), IDS_PER_UPDATE)) {
    const json = `{"entry_ids":${wireIdList(batch)},"status":"${status}"}`;
    await session.send('PUT', 'v1/entries', { json }, options);
  }
}

/**
 * Marks EVERY entry of a feed read, including any the server fetched after the reader clicked: Miniflux's
 * mark-all takes no time or id bound (2.0.26+). A caller that must spare newer entries sends their ids instead.
 */
export async function markFeedRead(session: Session, feedId: string, options?: MinifluxCallOptions): Promise<void> {
  await session.send('PUT', `v1/feeds/${wireId(feedId)}/mark-all-as-read`, {}, options);
}

/** Marks every entry of a category read, with no time bound (see markFeedRead). */
export async function markCategoryRead(
  session: Session,
  categoryId: string,
  options?: MinifluxCallOptions,
): Promise<void> {
  await session.send('PUT', `v1/categories/${wireId(categoryId)}/mark-all-as-read`, {}, options);
}

function entriesPath(query: MinifluxEntriesQuery): string {
  if (query.feedId !== undefined) return `v1/feeds/${wireId(query.feedId)}/entries`;
  if (query.categoryId !== undefined) return `v1/categories/${wireId(query.categoryId)}/entries`;
  return 'v1/entries';
}

function entriesFields(query: MinifluxEntriesQuery): Fields {
  const fields: [string, string][] = [
    ['order', 'id'],
    ['direction', 'asc'],
    ['limit', String(pageLimit(query.limit))],
  ];
  const statuses = query.status === undefined ? [] : typeof query.status === 'string' ? [query.status] : query.status;
  for (const status of statuses) fields.push(['status', status]);
  if (query.starred !== undefined) fields.push(['starred', String(query.starred)]);
  if (query.afterEntryId !== undefined) fields.push(['after_entry_id', wireId(query.afterEntryId)]);
  const changed = query.changedAfter?.getTime();
  if (changed !== undefined && Number.isFinite(changed))
    fields.push(['changed_after', String(Math.max(0, Math.floor(changed / 1000)))]);
  if (query.offset !== undefined && Number.isSafeInteger(query.offset) && query.offset > 0)
    fields.push(['offset', String(query.offset)]);
  return fields;
}

function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return MAX_ENTRIES_PER_PAGE;
  return Math.max(1, Math.min(Math.floor(limit), MAX_ENTRIES_PER_PAGE));
}

function largestId(list: readonly MinifluxEntry[]): bigint | null {
  let largest: bigint | null = null;
  for (const entry of list) {
    const id = BigInt(entry.id);
    if (largest === null || id > largest) largest = id;
  }
  return largest;
}
