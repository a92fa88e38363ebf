/** Feed discovery's inputs and answers. */
import type { FeedVersion } from '../feeds/types';

export interface FetchedText {
  /** Where the body came from, after redirects. */
  finalUrl: string;
  contentType: string | null;
  /** Bytes when the caller has them (the charset is then read from the document); text otherwise. */
  body: string | Uint8Array;
}

/**
 * Injected I/O: the sync engine passes one built on `fetchResource`, tests pass
 * a table. It rejects with an Error whose message a reader can be shown.
 */
export type FetchText = (url: string) => Promise<FetchedText>;

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedCandidate {
  /** The address to subscribe to (after redirects). */
  url: string;
  title: string;
  format: FeedFormat;
  version: FeedVersion;
  /** How it was found: the address itself, a `<link rel="alternate">`, or a common path. */
  source: 'direct' | 'link' | 'common-path';
  /** Its newest headlines, so the reader sees what they would get before subscribing. */
  latest: Headline[];
}

export interface Headline {
  title: string;
  /** ISO time, when the feed dates its entries. */
  publishedAt: string | null;
}

export type DiscoveryResult = { ok: true; candidates: FeedCandidate[] } | { ok: false; message: string };

export interface DiscoverOptions {
  /** Most fetches one discovery may make, the page included. */
  maxRequests?: number;
}
