/**
 * The reading calls: who am I, which feeds and labels, which item ids, which item bodies. Every GET asks for
 * `output=json` (Miniflux requires it: internal/googlereader/README.md). Item bodies are asked for by id, by POST
 * and in chunks (`stream/items/contents`), never through `stream/contents`, which Miniflux lacks.
 */
import { toLongItemId } from './item-id';
import { parseItems } from './parse-items';
import { parseItemIdsPage, parseSubscriptions, parseTags, parseUserInfo } from './parse-lists';
import type { Fields, Session } from './session';
import type {
  GReaderCallOptions,
  GReaderItem,
  GReaderItemIdsPage,
  GReaderItemIdsQuery,
  GReaderSubscription,
  GReaderTag,
  GReaderUserInfo,
} from './types';

const JSON_OUTPUT: [string, string] = ['output', 'json'];

export async function userInfo(session: Session, options?: GReaderCallOptions): Promise<GReaderUserInfo> {
  const endpoint = 'reader/api/0/user-info';
  return parseUserInfo(await session.get(endpoint, [JSON_OUTPUT], options), endpoint);
}

export async function subscriptions(session: Session, options?: GReaderCallOptions): Promise<GReaderSubscription[]> {
  const endpoint = 'reader/api/0/subscription/list';
  return parseSubscriptions(await session.get(endpoint, [JSON_OUTPUT], options), endpoint);
}

export async function tags(session: Session, options?: GReaderCallOptions): Promise<GReaderTag[]> {
  const endpoint = 'reader/api/0/tag/list';
  return parseTags(await session.get(endpoint, [JSON_OUTPUT], options), endpoint);
}

export async function itemIds(
  session: Session,
  query: GReaderItemIdsQuery,
  options?: GReaderCallOptions,
): Promise<GReaderItemIdsPage> {
  const endpoint = 'reader/api/0/stream/items/ids';
  const limit = session.service.limits.idsPerPage;
  const count = Number.isFinite(query.count) ? Math.max(1, Math.min(Math.floor(query.count), limit)) : limit;
  const fields: [string, string][] = [JSON_OUTPUT, ['s', query.stream], ['n', String(count)]];
  for (const stream of listOf(query.exclude)) fields.push(['xt', stream]);
  for (const stream of listOf(query.include)) fields.push(['it', stream]);
  const since = query.since?.getTime();
  if (since !== undefined && Number.isFinite(since)) fields.push(['ot', String(Math.max(0, Math.floor(since / 1000)))]);
  if (query.oldestFirst) fields.push(['r', 'o']);
  if (query.continuation) fields.push(['c', query.continuation]);
  const body = await session.get(endpoint, fields, options);
  return parseItemIdsPage(body, endpoint, session.service.quirks.itemIdForm);
}

/**
 * Every page of a query, one at a time, so the caller can store each before asking for the next. Stops on the
 * last page, and on a server that repeats a continuation or sends an empty page with one (it would never end).
 */
export async function* itemIdPages(
  session: Session,
  query: GReaderItemIdsQuery,
  options?: GReaderCallOptions,
): AsyncGenerator<GReaderItemIdsPage> {
  const seen = new Set<string>();
  let continuation = query.continuation ?? null;
  for (;;) {
    const page = await itemIds(session, { ...query, continuation }, options);
    yield page;
    continuation = page.continuation;
    if (continuation === null || page.ids.length === 0 || seen.has(continuation)) return;
    seen.add(continuation);
  }
}

/** The items with these ids, asked for in chunks of the service's `contentsPerRequest`; unknown ids are left out. */
export async function itemContents(
  session: Session,
  ids: readonly string[],
  options?: GReaderCallOptions,
): Promise<GReaderItem[]> {
  const endpoint = 'reader/api/0/stream/items/contents';
  const items: GReaderItem[] = [];
  for (const chunk of chunks(longIds(session, ids), session.service.limits.contentsPerRequest)) {
    const form: Fields = chunk.map((id) => ['i', id] as const);
    const body = await session.post(endpoint, [JSON_OUTPUT], form, options);
    items.push(...parseItems(body, endpoint, session.service.quirks.itemIdForm));
  }
  return items;
}

/** Ids in the long form, without repeats; ids that cannot be item ids are dropped. */
export function longIds(session: Session, ids: readonly string[]): string[] {
  const unique = new Set<string>();
  for (const id of ids) {
    const long = toLongItemId(id, session.service.quirks.itemIdForm);
    if (long !== null) unique.add(long);
  }
  return [...unique];
}

export function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < list.length; start += size) result.push(list.slice(start, start + size));
  return result;
}

function listOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
