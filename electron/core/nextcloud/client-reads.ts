/**
 * The reading calls: status and version (to check an address and a password), folders, feeds, items in pages
 * (`/items`: batchSize and offset, offset being an item id, lib/Db/ItemMapperV2.php `offsetWhere`) and changes
 * since a time (`/items/updated`, whose repeated items the caller deduplicates: see types.ts).
 */
import { NextcloudBadResponseError, NextcloudRefusedError } from './errors';
import { asBoolean, asNumber, asObject, asText, parseJsonObject, requireList } from './json-fields';
import { newestItemIdOf, parseAll, parseFeed, parseFolder, parseItem } from './parse';
import type { NextcloudSession, Query } from './session';
import type {
  NextcloudCallOptions,
  NextcloudFeedList,
  NextcloudFolder,
  NextcloudItem,
  NextcloudItemScope,
  NextcloudItemsPage,
  NextcloudItemsQuery,
  NextcloudStatus,
  NextcloudUpdatedItems,
  NextcloudUpdatedQuery,
} from './types';
import { idSegment } from './wire-id';

export async function status(session: NextcloudSession, options?: NextcloudCallOptions): Promise<NextcloudStatus> {
  const endpoint = 'status';
  const json = parseJsonObject(await sendToApiRoot(session, endpoint, options), endpoint);
  const version = asText(json.version);
  if (version === null) throw new NextcloudBadResponseError(endpoint, 'it names no version');
  const warnings = asObject(json.warnings);
  return {
    version,
    improperlyConfiguredCron: asBoolean(warnings?.improperlyConfiguredCron),
    incorrectDbCharset: asBoolean(warnings?.incorrectDbCharset),
  };
}

export async function version(session: NextcloudSession, options?: NextcloudCallOptions): Promise<string> {
  const endpoint = 'version';
  const json = parseJsonObject(await sendToApiRoot(session, endpoint, options), endpoint);
  const found = asText(json.version);
  if (found === null) throw new NextcloudBadResponseError(endpoint, 'it names no version');
  return found;
}

/**
 * A GET of `status` or `version`, the calls that check an address: a 404 there means no News API at this address
 * (no News app, or not a Nextcloud), which the reader fixes in the address, not by waiting.
 */
async function sendToApiRoot(session: NextcloudSession, endpoint: string, options?: NextcloudCallOptions) {
  try {
    return await session.send({ method: 'GET', endpoint }, options);
  } catch (error) {
    if (error instanceof NextcloudRefusedError && error.status === 404) {
      throw new NextcloudBadResponseError(endpoint, 'there is no News API at this address');
    }
    throw error;
  }
}

export async function folders(session: NextcloudSession, options?: NextcloudCallOptions): Promise<NextcloudFolder[]> {
  const endpoint = 'folders';
  const json = parseJsonObject(await session.send({ method: 'GET', endpoint }, options), endpoint);
  return parseAll(requireList(json, 'folders', endpoint), parseFolder);
}

export async function feeds(session: NextcloudSession, options?: NextcloudCallOptions): Promise<NextcloudFeedList> {
  const endpoint = 'feeds';
  const json = parseJsonObject(await session.send({ method: 'GET', endpoint }, options), endpoint);
  return {
    feeds: parseAll(requireList(json, 'feeds', endpoint), parseFeed),
    starredCount: asNumber(json.starredCount) ?? 0,
    newestItemId: newestItemIdOf(json),
  };
}

export async function items(
  session: NextcloudSession,
  query: NextcloudItemsQuery,
  options?: NextcloudCallOptions,
): Promise<NextcloudItemsPage> {
  const endpoint = 'items';
  if (!Number.isInteger(query.batchSize) || query.batchSize === 0 || query.batchSize < -1) {
    throw new RangeError('batchSize is a positive number of items, or -1 for all of them.');
  }
  const getRead = query.getRead ?? true;
  // The server refuses getRead=false on the starred list (see types.ts): ask for all starred, keep the unread.
  const unreadStarredOnly = query.scope.type === 'starred' && !getRead;
  const params: [string, string][] = [
    ...scopeParams(query.scope),
    ['batchSize', String(query.batchSize)],
    ['offset', query.offset === undefined || query.offset === null ? '0' : idSegment(query.offset)],
    ['getRead', String(getRead || unreadStarredOnly)],
    ['oldestFirst', String(query.oldestFirst ?? false)],
  ];
  const json = parseJsonObject(await session.send({ method: 'GET', endpoint, query: params }, options), endpoint);
  const page = parseAll(requireList(json, 'items', endpoint), parseItem);
  const full = query.batchSize > 0 && page.length >= query.batchSize;
  return {
    items: unreadStarredOnly ? page.filter((item) => item.unread) : page,
    nextOffset: full ? edgeId(page, query.oldestFirst ?? false) : null,
  };
}

/** Every page of `items`, one at a time; stops when a page is short, empty, or would not move on. */
export async function* itemPages(
  session: NextcloudSession,
  query: NextcloudItemsQuery,
  options?: NextcloudCallOptions,
): AsyncGenerator<NextcloudItemsPage> {
  let offset = query.offset ?? null;
  for (;;) {
    const page = await items(session, { ...query, offset }, options);
    yield page;
    if (page.nextOffset === null || page.nextOffset === offset) return;
    offset = page.nextOffset;
  }
}

export async function updatedItems(
  session: NextcloudSession,
  query: NextcloudUpdatedQuery,
  options?: NextcloudCallOptions,
): Promise<NextcloudUpdatedItems> {
  const endpoint = 'items/updated';
  if (!Number.isSafeInteger(query.lastModified) || query.lastModified < 0) {
    throw new RangeError('lastModified is a whole number of seconds.');
  }
  // Whole seconds only: the server reads a value of more than 10 digits as microseconds (ItemApiController).
  const params: Query = [...scopeParams(query.scope), ['lastModified', String(query.lastModified)]];
  const json = parseJsonObject(await session.send({ method: 'GET', endpoint, query: params }, options), endpoint);
  const found = parseAll(requireList(json, 'items', endpoint), parseItem);
  const latest = found.reduce((max, item) => Math.max(max, item.lastModified ?? 0), query.lastModified);
  return { items: found, lastModified: latest };
}

function scopeParams(scope: NextcloudItemScope): [string, string][] {
  switch (scope.type) {
    case 'feed':
      return [
        ['type', '0'],
        ['id', idSegment(scope.id)],
      ];
    case 'folder':
      return [
        ['type', '1'],
        ['id', idSegment(scope.id)],
      ];
    case 'starred':
      return [
        ['type', '2'],
        ['id', '0'],
      ];
    case 'all':
      return [
        ['type', '3'],
        ['id', '0'],
      ];
  }
}

/** The id the next page starts after: the lowest id newest first, the highest oldest first. */
function edgeId(page: readonly NextcloudItem[], oldestFirst: boolean): string | null {
  if (page.length === 0) return null;
  let edge = page[0]!;
  for (const item of page) {
    if (oldestFirst ? Number(item.id) > Number(edge.id) : Number(item.id) < Number(edge.id)) edge = item;
  }
  return edge.id;
}
