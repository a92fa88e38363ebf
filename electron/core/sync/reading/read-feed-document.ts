/**
 * Everything a refresh does to a fetched feed document before it needs the
 * library: decode and parse it, normalise the feed and its articles, and
 * turn each article into the row the store writes, its language checked
 * against its text. It touches no database and no shared state, so it can
 * run on another thread (see `feed-reader-thread.ts`) while the core thread
 * writes the previous feed; the language detector lives there too.
 */
import type { FailureCause } from '../../../api/library-models';
import { normalizeFeed } from '../../feeds/normalize';
import {
  chooseArticleLanguage,
  type LanguageChoice,
  type LanguageDetector,
  type LanguageSample,
} from '../../language/choose-language';
import { loadLanguageDetector } from '../../language/language-detector';
import { parseFeed } from '../../feeds/parse-feed';
import { normalizeEntry, type EntryRow } from '../../library/articles/normalize-entry';
import type { ParsedEntry } from '../../library/articles/parsed-entry';
import type { FeedMetadata } from '../sync-state';
import { toParsedEntries } from '../stored-entries';

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

/** Without a detector (it failed to load) the rows keep their declared language, unchecked, for the language pass. */
export function readFeedDocument(input: FeedDocumentInput, detect?: LanguageDetector): FeedDocument {
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
      rows: entries.map((entry) => normalizeEntry(entry, detect)),
    };
  } catch (error) {
    // A bug here must cost one feed its refresh, not the sync engine its thread.
    return {
      ok: false,
      cause: 'internal',
      message: `Broadsheet could not read this feed (internal error: ${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** Reads feed documents, and checks stored articles' languages, on this thread or another. */
export interface FeedReader {
  read(input: FeedDocumentInput): Promise<FeedDocument>;
  /** One choice per sample, in order; null when the reader could not (its thread failed, or the app is closing). */
  chooseLanguages(samples: readonly LanguageSample[]): Promise<LanguageChoice[] | null>;
  close(): Promise<void>;
}

export function chooseLanguages(samples: readonly LanguageSample[], detect: LanguageDetector): LanguageChoice[] {
  return samples.map((sample) => chooseArticleLanguage(sample, detect));
}

/** The reader for tests, the CLI and anywhere a second thread is not worth it. */
export const inThreadFeedReader: FeedReader = {
  read: async (input) => readFeedDocument(input, await loadLanguageDetector()),
  chooseLanguages: async (samples) => chooseLanguages(samples, await loadLanguageDetector()),
  close: async () => undefined,
};
