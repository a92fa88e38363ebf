/**
 * What the client hands back, already checked (parse.ts): every field typed, anything Feedbin left out or sent in
 * another type is null, never `undefined`. Ids are integers on the wire and decimal strings here — opaque to every
 * caller, like every sync service's ids. Times are epoch milliseconds like the rest of the core, except a cursor
 * the server must get back exactly as it wrote it (`createdAt`: README.md, "Dates").
 */

export interface FeedbinSubscription {
  /** The subscription's id: what `updateSubscription`/`deleteSubscription` take. */
  id: string;
  /** The feed's id: what entries and taggings refer to. */
  feedId: string;
  title: string | null;
  feedUrl: string | null;
  siteUrl: string | null;
  createdAtMs: number | null;
}

/** One feed offered when a site's address has several (`300 Multiple Choices`). */
export interface FeedbinFeedChoice {
  feedUrl: string;
  title: string | null;
}

/**
 * What `POST subscriptions.json` did: subscribed (201), found the subscription already there (302, or the 200
 * the redirect to it ends in), or found several feeds at a site's address and subscribed to none (300).
 */
export type FeedbinSubscribeResult =
  | { kind: 'created' | 'existing'; subscription: FeedbinSubscription }
  | { kind: 'choices'; choices: FeedbinFeedChoice[] };

/** A feed in a tag: Feedbin's folders are tags on feeds, one tagging per (feed, tag name). */
export interface FeedbinTagging {
  id: string;
  feedId: string;
  name: string;
}

export interface FeedbinEntry {
  id: string;
  feedId: string;
  title: string | null;
  url: string | null;
  author: string | null;
  /** HTML as Feedbin rewrote it (absolute links); may be null (content/entries.md). */
  content: string | null;
  summary: string | null;
  publishedMs: number | null;
  /** When Feedbin received the entry, exactly as it wrote it: the next call's `since`. */
  createdAt: string | null;
  createdAtMs: number | null;
}

export interface FeedbinEntriesQuery {
  /** Only entries Feedbin received after this time: a `createdAt` as the server wrote it, or an ISO 8601 time. */
  since?: string | null;
  /** 1-based; the first page by default. */
  page?: number;
  /** Entries per page, 1 to 100 (Feedbin's page limit: README.md, "Pagination"). */
  perPage?: number;
  /** `read=false`: unread entries only; `read=true`: read only. */
  read?: boolean;
  /** `starred=true`: starred entries only. */
  starred?: boolean;
}

export interface FeedbinEntriesPage {
  entries: FeedbinEntry[];
  /** The page this is. */
  page: number;
  /** The next page's number from the `Link` header's `rel="next"`, or null on the last page. */
  nextPage: number | null;
  /** The last page's number from `rel="last"`, where the server sent one. */
  lastPage: number | null;
  /** `X-Feedbin-Record-Count`: every entry the query matches, across pages, where the server sent it. */
  recordCount: number | null;
}

/** Per-call options. */
export interface FeedbinCallOptions {
  signal?: AbortSignal;
}
