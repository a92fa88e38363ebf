/** The Fever API's answers, as the client hands them over: every id an opaque string (integers on some servers). */

export interface FeverGroup {
  id: string;
  title: string;
}

export interface FeverFeed {
  id: string;
  title: string;
  /** The feed's own address. */
  url: string;
  siteUrl: string | null;
}

/** Which feeds a group holds (`feeds_groups`: a group id and a comma-separated list of feed ids). */
export interface FeverFeedsGroup {
  groupId: string;
  feedIds: string[];
}

export interface FeverItem {
  id: string;
  feedId: string;
  title: string | null;
  author: string | null;
  html: string | null;
  url: string | null;
  isSaved: boolean;
  isRead: boolean;
  /** `created_on_time`: seconds since 1970 (the item's date as the server keeps it), or null. */
  createdOnTime: number | null;
}

/**
 * Which items one `items` call asks for — at most 50 come back (Fever API docs; FreshRSS `LIMIT 50`):
 * `sinceId`: the next ones after that id, oldest first; `maxId`: the ones before it, newest first;
 * `withIds`: those (at most 50 ids).
 */
export type FeverItemsQuery = { sinceId: string } | { maxId: string } | { withIds: readonly string[] };

export type FeverMarkAs = 'read' | 'unread' | 'saved' | 'unsaved';

export interface FeverCallOptions {
  signal?: AbortSignal;
}
