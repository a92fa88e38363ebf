/**
 * What the Miniflux client hands back, already checked: server JSON is hostile input, so every field is typed here
 * and anything a server left out or sent in the wrong type is null, never an `undefined` surprise. Ids are integers
 * on the wire (int64 in Miniflux) and opaque decimal strings here, as every remote id is in the core; times are
 * epoch milliseconds.
 */

/** How the account signs in: an API key (Settings → API Keys, sent as `X-Auth-Token`) or user name and password. */
export type MinifluxCredentials =
  { kind: 'token'; token: string } | { kind: 'password'; user: string; password: string };

export interface MinifluxUser {
  id: string;
  username: string;
}

export interface MinifluxCategory {
  id: string;
  title: string;
}

export interface MinifluxFeed {
  id: string;
  title: string | null;
  /** The feed's own address. */
  feedUrl: string | null;
  siteUrl: string | null;
  /** Every Miniflux feed is in exactly one category ("All" at least). */
  categoryId: string | null;
}

export type MinifluxEntryStatus = 'read' | 'unread';

export interface MinifluxEntry {
  id: string;
  feedId: string | null;
  title: string | null;
  url: string | null;
  author: string | null;
  /** HTML as the server sanitised it; the app sanitises it again. */
  content: string | null;
  publishedAtMs: number | null;
  /** When the server last changed the entry: a read, a star, a new body. */
  changedAtMs: number | null;
  /** `removed` entries are never listed; anything else the server sends counts as unread. */
  status: MinifluxEntryStatus;
  starred: boolean;
}

export interface MinifluxEntriesQuery {
  status?: MinifluxEntryStatus | readonly MinifluxEntryStatus[];
  starred?: boolean;
  /** Only entries with a larger id (the paging cursor of `entryPages`). */
  afterEntryId?: string;
  /** Only entries the server changed after this time (whole seconds): a sync's state delta. */
  changedAfter?: Date;
  /** Listed under `/v1/feeds/{id}/entries`, which every 2.x version has; wins over `categoryId`. */
  feedId?: string;
  /** Listed under `/v1/categories/{id}/entries`. */
  categoryId?: string;
  /** Entries per page, lowered to 1,000 (the most Miniflux 2.3 accepts). */
  limit?: number;
  offset?: number;
}

export interface MinifluxEntriesPage {
  /** How many entries match the whole query, as the server counted them. */
  total: number;
  entries: MinifluxEntry[];
}

export interface MinifluxFeedCreate {
  feedUrl: string;
  categoryId?: string;
}

export interface MinifluxFeedUpdate {
  title?: string;
  categoryId?: string;
}

/** What `setStarred` did: ids changed, ids already as asked, ids the server no longer has. */
export interface MinifluxStarOutcome {
  changed: string[];
  unchanged: string[];
  missing: string[];
}

/** How stars are written: `explicit` (`PUT /v1/entries` with `starred`, 2.3.2+) or `toggle` (the bookmark endpoint). */
export type MinifluxStarMode = 'explicit' | 'toggle';

export interface MinifluxCallOptions {
  signal?: AbortSignal;
}
