/**
 * What a sync service says, in one shape for every protocol: folders,
 * subscriptions, items and the sets of unread and starred ids. Backends
 * translate their protocol into these; the appliers in this folder write
 * them into the library the same way for every service, so the rules
 * (a pending local change beats the server, sync never deletes what the
 * reader wrote) are written once.
 */

export interface RemoteFolder {
  /** The service's id for the folder: opaque, never assumed to be a number. */
  remoteId: string;
  name: string;
}

export interface RemoteFeed {
  remoteId: string;
  /** The feed's own address; the service's stream id where it gives none. */
  url: string;
  title: string;
  siteUrl: string | null;
  iconUrl: string | null;
  /** Folders in the service's order: the feed appears under the first. */
  folderIds: readonly string[];
}

export interface RemoteItem {
  remoteId: string;
  /** The subscription it came from (its remote id); an item of a feed no longer followed keeps its origin here. */
  feedRemoteId: string;
  /** Shown when the item's feed is not among the subscriptions (a starred item of an unsubscribed feed). */
  feedTitle: string | null;
  feedSiteUrl: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: number | null;
  updatedAt: number | null;
  contentHtml: string | null;
  summaryHtml: string | null;
  /** What the feed itself said the item is about (not the reader's labels). */
  categories: readonly string[];
  /**
   * The service's own clock for the item, in the unit its mark-all call compares (Google Reader API:
   * `timestampUsec`, microseconds; on FreshRSS the item id itself); null when it gives none.
   */
  serverTime: number | null;
  enclosures: readonly { url: string; type: string | null }[];
  read: boolean;
  starred: boolean;
}

/** A change the reader made here, waiting in the outbox for the server. */
export interface OutgoingChange {
  remoteId: string;
  key: 'read' | 'starred';
  value: boolean;
}
