/**
 * What the client hands back, already checked: server JSON is hostile input, so every field is typed here and
 * anything a server left out or sent in the wrong type is null (or an empty list), never `undefined` surprises.
 * Times are epoch milliseconds like the rest of the core; item ids are long forms (item-id.ts).
 */

export interface GReaderUserInfo {
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
}

export interface GReaderLabelRef {
  /** `user/-/label/<name>` as the server wrote it (the user part may be a number). */
  id: string;
  name: string;
}

export interface GReaderSubscription {
  /** The feed's stream id (`feed/42`, `feed/https://…`, `feed/<ObjectId>`): opaque, the feed's remote id. */
  id: string;
  title: string | null;
  /** The feed's own URL, or null when the server gave none. */
  url: string | null;
  htmlUrl: string | null;
  iconUrl: string | null;
  /** The labels (folders) the feed is in, in the server's order. */
  labels: GReaderLabelRef[];
  /** The server's sort key, where it sends one (Inoreader, BazQux). */
  sortId: string | null;
}

export interface GReaderTag {
  id: string;
  name: string;
  /** `folder` (holds feeds) or `tag` (holds items) where the server says; null where it does not. */
  type: 'folder' | 'tag' | null;
  /** The server's sort key, where it sends one. The list itself keeps the server's order. */
  sortId: string | null;
}

export interface GReaderItemIdsQuery {
  /** The stream to list: `READING_LIST`, `STARRED`, a feed or (where the service allows) a label. */
  stream: string;
  /** `xt=`: leave out items in these streams (e.g. `READ` for unread ids only). */
  exclude?: string | readonly string[];
  /** `it=`: keep only items in these streams. Ignored by Miniflux (see services.ts): check `quirks.includeFilter`. */
  include?: string | readonly string[];
  /** `ot=`: only items the server received at or after this time (whole seconds). */
  since?: Date;
  /** `n=`: ids per page, lowered to the service's limit. */
  count: number;
  /** The previous page's continuation. */
  continuation?: string | null;
  /** Oldest first (`r=o`); newest first otherwise. */
  oldestFirst?: boolean;
}

export interface GReaderItemIdsPage {
  /** Long-form ids, in the server's order. */
  ids: string[];
  /** Where the next page starts, or null on the last page. Opaque: an integer offset on Miniflux, kept a string. */
  continuation: string | null;
}

export interface GReaderEnclosure {
  url: string;
  type: string | null;
}

export interface GReaderItem {
  /** Long form. */
  id: string;
  /** The feed's stream id (`origin.streamId`). */
  feedId: string | null;
  feedTitle: string | null;
  feedHtmlUrl: string | null;
  title: string | null;
  /** `canonical` first, then `alternate`. */
  url: string | null;
  publishedAt: number | null;
  updatedAt: number | null;
  /** When the server received the item (`crawlTimeMsec`). */
  crawledAt: number | null;
  /** The server's own clock for the item (`timestampUsec`, microseconds): what `markAllAsRead` takes. */
  timestampUsec: string | null;
  author: string | null;
  summaryHtml: string | null;
  contentHtml: string | null;
  enclosures: GReaderEnclosure[];
  /** Every category as sent. */
  categories: string[];
  read: boolean;
  starred: boolean;
  /** Names of the labels in `categories`: the feed's folders and the item's own tags alike. */
  labels: string[];
}

export interface GReaderEditTag {
  /** Long-form ids (any form is converted); sent in batches of the service's `idsPerEdit`. */
  ids: readonly string[];
  /** One stream to add (FreshRSS honours one `a=` per call). */
  add?: string;
  /** One stream to remove (FreshRSS honours one `r=` per call). */
  remove?: string;
}

export interface GReaderSubscriptionEdit {
  action: 'subscribe' | 'unsubscribe' | 'edit';
  /** The feed's stream id; `feedStreamIdForUrl(url)` to subscribe. */
  stream: string;
  title?: string;
  /** A label stream to put the feed in. */
  addLabel?: string;
  /** A label stream to take the feed out of. */
  removeLabel?: string;
}

export interface GReaderQuickAddResult {
  /** The new feed's stream id. */
  streamId: string;
  title: string | null;
}

/** Per-call options. */
export interface GReaderCallOptions {
  signal?: AbortSignal;
}
