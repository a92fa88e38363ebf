/**
 * What the client hands back, already checked: server JSON is hostile input, so every field is typed here and
 * anything a server left out or sent in the wrong type is null (or false), never `undefined` surprises. Ids are
 * integers on the wire and opaque decimal strings here, like every other service's ids in the core. Times are epoch
 * milliseconds, except `lastModified`, which stays the server's own second count (it is a cursor, not a date).
 */

export interface NextcloudStatus {
  /** The News app's version, e.g. `25.0.0`. */
  version: string | null;
  /** "The News app will not fetch feeds on time": the reader should be told (docs/api/api-v1-3.md "Status"). */
  improperlyConfiguredCron: boolean;
  incorrectDbCharset: boolean;
}

export interface NextcloudFolder {
  id: string;
  name: string;
}

export interface NextcloudFeed {
  id: string;
  url: string;
  title: string | null;
  faviconLink: string | null;
  /** The site's address. */
  link: string | null;
  /** The folder's id, or null for a feed at the top level (the server sends null or 0). */
  folderId: string | null;
  unreadCount: number;
  /** Failed fetches in a row on the server (News 8.6.0 and later; 0 elsewhere). */
  updateErrorCount: number;
  lastUpdateError: string | null;
}

export interface NextcloudFeedList {
  feeds: NextcloudFeed[];
  starredCount: number;
  /** The highest item id on the server, or null when it has no items: what `markAllRead` takes. */
  newestItemId: string | null;
}

export interface NextcloudCreatedFeed {
  feed: NextcloudFeed;
  newestItemId: string | null;
}

export interface NextcloudItem {
  id: string;
  feedId: string;
  guid: string | null;
  guidHash: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: number | null;
  body: string | null;
  enclosureLink: string | null;
  enclosureMime: string | null;
  mediaThumbnail: string | null;
  unread: boolean;
  starred: boolean;
  /**
   * When the item last changed on the server, in whole seconds: the server keeps microseconds and cuts them off
   * here (lib/Db/Item.php `cropApiLastModified`). Pass the largest one seen to `updatedItems`.
   */
  lastModified: number | null;
  /** Same fingerprint, same article in another feed (News 8.4.0 and later). */
  fingerprint: string | null;
}

/** The query type of `/items` and `/items/updated` (docs/api/api-v1-3.md: Feed 0, Folder 1, Starred 2, All 3). */
export type NextcloudItemScope =
  { type: 'feed'; id: string } | { type: 'folder'; id: string } | { type: 'starred' } | { type: 'all' };

export interface NextcloudItemsQuery {
  scope: NextcloudItemScope;
  /** Items per page; -1 for all of them at once. */
  batchSize: number;
  /**
   * Where the page starts: items with a lower id than this one (newest first) or a higher one (oldest first) —
   * `nextOffset` of the previous page. Absent or null for the first page.
   */
  offset?: string | null;
  /**
   * Read items too (default true). The server refuses false on `starred` (a 200 with a message and no items:
   * lib/Controller/ItemApiController.php `index`), so there the client asks for all starred items and keeps the
   * unread ones: such a page may hold fewer than batchSize items and still not be the last.
   */
  getRead?: boolean;
  oldestFirst?: boolean;
}

export interface NextcloudItemsPage {
  items: NextcloudItem[];
  /** The offset of the next page, or null when this page was the last (shorter than batchSize, or empty). */
  nextOffset: string | null;
}

export interface NextcloudUpdatedQuery {
  scope: NextcloudItemScope;
  /**
   * The largest `lastModified` seen in the previous round, in seconds (0 for everything). The server answers every
   * item changed at or after the start of that second (`>=`, lib/Controller/ItemApiController.php `updated`), so the
   * items of the last round's final second come back again: repeated items are expected, and the caller keeps one
   * per id (the later answer wins).
   */
  lastModified: number;
}

export interface NextcloudUpdatedItems {
  items: NextcloudItem[];
  /** The largest `lastModified` in this answer, or the one asked with when nothing changed: the next round's. */
  lastModified: number;
}

/** Per-call options. */
export interface NextcloudCallOptions {
  signal?: AbortSignal;
}
