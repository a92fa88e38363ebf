import type { FailureCause } from '../../../api/library-models';
import { normalizeFeed } from '../../feeds/normalize';
import { parseFeed } from '../../feeds/parse-feed';
import { normalizeEntry, type EntryRow } from '../../library/articles/normalize-entry';
import type { ParsedEntry } from '../../library/articles/parsed-entry';
import type { FeedMetadata } from '../sync-state';
import { toParsedEntries } from '../stored-entries';

/**
 * Everything a refresh does to a fetched feed document before it needs the
 * library: decode and parse it, normalise the feed and its articles, and
 * turn each article into the row the store writes. It touches no database and
 * no shared state, so it can run on another thread (see `feed-reader-thread.ts`)
 * while the core thread writes the previous feed.
 */
export interface FeedDocumentInput {
  body: Uint8Array;
  contentType?: string;
  /** The URL the body came from, after redirects: the base of relative URLs. */
  url: string;
  /** When these articles were first seen; no published time is later. */
  firstSeenAt: number;
}

export type FeedDocument =
  | {
      ok: true;
      feed: FeedMetadata;
      entries: ParsedEntry[];
      /** `normalizeEntry(entries[i])`, computed here so the store thread does not have to. */
      rows: EntryRow[];
    }
  | { ok: false; message: string; cause: FailureCause };

export function readFeedDocument(input: FeedDocumentInput): FeedDocument {
  try {
    const parsed = parseFeed(input.body, {
      ...(input.contentType ? { contentType: input.contentType } : {}),
      url: input.url,
    });
    if (!parsed.ok) return { ok: false, message: parsed.message, cause: 'not-a-feed' };
    const feed = normalizeFeed(parsed, { feedUrl: input.url, firstSeenAt: input.firstSeenAt });
    const entries = toParsedEntries(feed.articles);
    return {
      ok: true,
      feed: {
        title: feed.title,
        ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}),
        ...(feed.iconUrl ? { iconUrl: feed.iconUrl } : {}),
      },
      entries,
      rows: entries.map(normalizeEntry),
    };
  } catch (error) {
    // A bug here must cost one feed its refresh, not the sync engine its thread.
    return {
      ok: false,
      cause: 'other',
      message: `Broadsheet could not read this feed (internal error: ${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** Reads feed documents, on this thread or another. */
export interface FeedReader {
  read(input: FeedDocumentInput): Promise<FeedDocument>;
  close(): Promise<void>;
}

/** The reader for tests, the CLI and anywhere a second thread is not worth it. */
export const inThreadFeedReader: FeedReader = {
  read: async (input) => readFeedDocument(input),
  close: async () => undefined,
};
