/**
 * The News API v1-3 routes with the methods of the server's `appinfo/routes.php` (v1-3 uses POST where v1-2 used
 * PUT, "Corrected HTTP method as of v1.3"; folder rename stays PUT) and the behaviour of its controllers in
 * lib/Controller/ (FolderApiController, FeedApiController, ItemApiController) and mappers in lib/Db/.
 */
import { feedJson, folderJson, itemJson } from './fake-json';
import {
  boolParam,
  error,
  folderParam,
  idListParam,
  intParam,
  json,
  nothing,
  type FakeRequest,
  type Reply,
} from './fake-request';
import type { FakeItem, FakeStore } from './fake-store';

type Handler = (store: FakeStore, request: FakeRequest, id: number) => Reply;

interface Route {
  method: string;
  /** Matched against the whole endpoint; `(\d+)` captures the id passed to the handler. */
  path: RegExp;
  handle: Handler;
}

/** ListType in lib/Db/ListType.php. */
const FEED = 0;
const FOLDER = 1;
const STARRED = 2;

const routes: Route[] = [
  { method: 'GET', path: /^version$/, handle: () => json({ version: '25.3.2' }) },
  {
    method: 'GET',
    path: /^status$/,
    handle: () => json({ version: '25.3.2', warnings: { improperlyConfiguredCron: false, incorrectDbCharset: false } }),
  },
  {
    method: 'GET',
    path: /^folders$/,
    handle: (store) => json({ folders: [...store.folders.values()].map(folderJson) }),
  },
  { method: 'POST', path: /^folders$/, handle: createFolder },
  { method: 'PUT', path: /^folders\/(\d+)$/, handle: renameFolder },
  { method: 'DELETE', path: /^folders\/(\d+)$/, handle: deleteFolder },
  {
    method: 'POST',
    path: /^folders\/(\d+)\/read$/,
    handle: (store, request, id) => markFolderRead(store, request, id),
  },
  { method: 'GET', path: /^feeds$/, handle: listFeeds },
  { method: 'POST', path: /^feeds$/, handle: createFeed },
  { method: 'DELETE', path: /^feeds\/(\d+)$/, handle: deleteFeed },
  { method: 'POST', path: /^feeds\/(\d+)\/move$/, handle: moveFeed },
  { method: 'POST', path: /^feeds\/(\d+)\/rename$/, handle: renameFeed },
  { method: 'POST', path: /^feeds\/(\d+)\/read$/, handle: markFeedRead },
  { method: 'GET', path: /^items$/, handle: listItems },
  { method: 'GET', path: /^items\/updated$/, handle: updatedItems },
  { method: 'POST', path: /^items\/read$/, handle: (store, request) => markRead(store, request, () => true) },
  { method: 'POST', path: /^items\/read\/multiple$/, handle: changeItems({ unread: false }) },
  { method: 'POST', path: /^items\/unread\/multiple$/, handle: changeItems({ unread: true }) },
  { method: 'POST', path: /^items\/star\/multiple$/, handle: changeItems({ starred: true }) },
  { method: 'POST', path: /^items\/unstar\/multiple$/, handle: changeItems({ starred: false }) },
];

/** The answer to a request past the auth check: a route's, 405 for a known path with another method, else 404. */
export function route(store: FakeStore, request: FakeRequest): Reply {
  let pathKnown = false;
  for (const entry of routes) {
    const match = entry.path.exec(request.endpoint);
    if (match === null) continue;
    pathKnown = true;
    if (entry.method === request.method) return entry.handle(store, request, Number(match[1] ?? 0));
  }
  return pathKnown ? error(405, 'Method not allowed') : error(404, 'Not found');
}

// Folders (FolderApiController)

function nameOf(request: FakeRequest): string {
  const name = request.params.name;
  return typeof name === 'string' ? name.trim() : '';
}

function createFolder(store: FakeStore, request: FakeRequest): Reply {
  const name = nameOf(request);
  if (name === '') return error(422, 'Folder name can not be empty');
  if (store.folderByName(name)) return error(409, 'Folder already exists');
  return json({ folders: [folderJson(store.addFolder(name))] });
}

function renameFolder(store: FakeStore, request: FakeRequest, id: number): Reply {
  const folder = store.folders.get(id);
  if (!folder) return error(404, 'Folder not found');
  const name = nameOf(request);
  if (name === '') return error(422, 'Folder name can not be empty');
  const other = store.folderByName(name);
  if (other && other.id !== id) return error(409, 'Folder already exists');
  folder.name = name;
  return nothing();
}

function deleteFolder(store: FakeStore, _request: FakeRequest, id: number): Reply {
  if (!store.folders.has(id)) return error(404, 'Folder not found');
  store.deleteFolder(id);
  return nothing();
}

function markFolderRead(store: FakeStore, request: FakeRequest, id: number): Reply {
  if (!store.folders.has(id)) return error(404, 'Folder not found');
  return markRead(store, request, (item) => store.feeds.get(item.feedId)?.folderId === id);
}

// Feeds (FeedApiController)

function listFeeds(store: FakeStore): Reply {
  const newest = store.newestItemId();
  const starredCount = [...store.items.values()].filter((item) => item.starred).length;
  return json({
    feeds: [...store.feeds.values()].map((feed) => feedJson(store, feed)),
    starredCount,
    // "only sent if there are items" (docs/api/api-v1-3.md "Get all feeds")
    ...(newest === null ? {} : { newestItemId: newest }),
  });
}

function createFeed(store: FakeStore, request: FakeRequest): Reply {
  const url = typeof request.params.url === 'string' ? request.params.url : '';
  if ([...store.feeds.values()].some((feed) => feed.url === url)) return error(409, 'Feed already exists');
  // A feed the server cannot fetch: FeedServiceV2::create turns the ReadErrorException into a not-found, so the
  // controller answers 404 (the document says 422). A URL with `missing` in it plays such a feed.
  if (!/^https?:\/\//.test(url) || url.includes('missing')) return error(404, 'Could not read the feed');
  const folderId = folderParam(request.params);
  if (folderId !== null && !store.folders.has(folderId)) return error(404, 'Folder not found');
  // The server fetches the feed before it answers: an offered one brings its own title and items, any other two.
  const offered = store.offered.get(url);
  const feed = store.addFeed(url, offered?.title ?? `Feed at ${new URL(url).host}`, folderId);
  store.addItems(feed.id, offered?.links.length ?? 2, offered?.links);
  const newest = store.newestItemId();
  return json({ feeds: [feedJson(store, feed)], ...(newest === null ? {} : { newestItemId: newest }) });
}

function deleteFeed(store: FakeStore, _request: FakeRequest, id: number): Reply {
  if (!store.feeds.has(id)) return error(404, 'Feed not found');
  store.deleteFeed(id);
  return nothing();
}

function moveFeed(store: FakeStore, request: FakeRequest, id: number): Reply {
  const feed = store.feeds.get(id);
  if (!feed) return error(404, 'Feed not found');
  feed.folderId = folderParam(request.params);
  return nothing();
}

function renameFeed(store: FakeStore, request: FakeRequest, id: number): Reply {
  const feed = store.feeds.get(id);
  if (!feed) return error(404, 'Feed not found');
  if (typeof request.params.feedTitle === 'string') feed.title = request.params.feedTitle;
  return nothing();
}

function markFeedRead(store: FakeStore, request: FakeRequest, id: number): Reply {
  if (!store.feeds.has(id)) return error(404, 'Feed not found');
  return markRead(store, request, (item) => item.feedId === id);
}

// Items (ItemApiController, ItemMapperV2)

/** Mark read every unread item of the scope with `id <= newestItemId` (ItemMapperV2::readAll). */
function markRead(store: FakeStore, request: FakeRequest, inScope: (item: FakeItem) => boolean): Reply {
  const newest = intParam(request.params, 'newestItemId', 0);
  for (const item of store.items.values()) {
    if (item.id <= newest && inScope(item)) store.setState(item.id, { unread: false });
  }
  return nothing();
}

/** Unknown ids are skipped, not refused (ItemApiController::setMultipleRead catches ServiceNotFoundException). */
function changeItems(state: { unread?: boolean; starred?: boolean }): Handler {
  return (store, request) => {
    for (const id of idListParam(request.params, 'itemIds')) store.setState(id, state);
    return nothing();
  };
}

function inList(store: FakeStore, type: number, id: number): (item: FakeItem) => boolean {
  if (type === FEED) return (item) => item.feedId === id;
  if (type === FOLDER) return (item) => store.feeds.get(item.feedId)?.folderId === id;
  if (type === STARRED) return (item) => item.starred;
  return () => true;
}

function listItems(store: FakeStore, request: FakeRequest): Reply {
  const { params } = request;
  const type = intParam(params, 'type', 3);
  const getRead = boolParam(params, 'getRead', true);
  // ItemApiController::index: "Setting getRead on an already filtered list is not allowed!" — a 200 without items.
  if (type === STARRED && !getRead)
    return json({ message: 'Setting getRead on an already filtered list is not allowed!' });
  const batchSize = intParam(params, 'batchSize', -1);
  const offset = intParam(params, 'offset', 0);
  const oldestFirst = boolParam(params, 'oldestFirst', false);
  const inScope = inList(store, type, intParam(params, 'id', 0));
  let found = [...store.items.values()].filter((item) => inScope(item) && (getRead || item.unread));
  // ItemMapperV2::offsetWhere: `id < offset` newest first, `id > offset` oldest first; offset 0 is no offset.
  if (offset !== 0) found = found.filter((item) => (oldestFirst ? item.id > offset : item.id < offset));
  found.sort((a, b) => (oldestFirst ? a.id - b.id : b.id - a.id));
  if (batchSize >= 1) found = found.slice(0, batchSize);
  return json({ items: found.map(itemJson) });
}

function updatedItems(store: FakeStore, request: FakeRequest): Reply {
  const { params } = request;
  const lastModified = intParam(params, 'lastModified', 0);
  // ItemApiController::updated: a value of up to 10 digits is seconds and becomes microseconds; the mapper keeps
  // `last_modified >= :updatedSince` — so everything stamped in the asked second comes back again.
  const sinceUs = String(lastModified).length <= 10 ? lastModified * 1_000_000 : lastModified;
  const inScope = inList(store, intParam(params, 'type', 3), intParam(params, 'id', 0));
  const found = [...store.items.values()]
    .filter((item) => item.lastModifiedUs >= sinceUs && inScope(item))
    .sort((a, b) => a.lastModifiedUs - b.lastModifiedUs);
  return json({ items: found.map(itemJson) });
}
