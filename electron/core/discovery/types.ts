/** Feed discovery's inputs and answers. */
import type { FeedCandidate as OfferedFeed } from '../../api/methods/feeds';
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

export type FeedFormat = OfferedFeed['format'];

/** The contract's candidate (with its newest headlines), plus the exact version discovery parsed. */
export interface FeedCandidate extends OfferedFeed {
  version: FeedVersion;
}

export type DiscoveryResult = { ok: true; candidates: FeedCandidate[] } | { ok: false; message: string };

export interface DiscoverOptions {
  /** Most fetches one discovery may make, the page included. */
  maxRequests?: number;
}

export type Headline = OfferedFeed['latest'][number];
