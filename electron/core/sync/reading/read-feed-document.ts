/**
 * Everything a refresh does to a fetched feed document before it needs the
 * library: decode and parse it, normalise the feed and its articles, and
 * turn each article into the row the store writes, its language checked
 * against its text. It touches no database and no shared state, so it can
 * run on another thread (see `feed-reader-thread.ts`) while the core thread
 * writes the previous feed; the language detector lives there too.
 *
 * An entry the library already has as the feed gives it now (its source hash, `library/articles/source-hash.ts`,
 * is the one stored for its identity) is passed over before it is normalised, and only its identity comes back:
 * when a document changes, most of its entries usually have not.
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
import { identityOf, normalizeEntry, type EntryRow } from '../../library/articles/normalize-entry';
import type { ParsedEntry } from '../../library/articles/parsed-entry';
import { sourceHashOf } from '../../library/articles/source-hash';
import type { FeedMetadata } from '../sync-state';
import { toParsedEntries } from '../stored-entries';

export interface FeedDocumentInput {
  body: Uint8Array;
  contentType?: string;
  /** The URL the body came from, after redirects: the base of relative URLs. */
  url: string;
  /** When these articles were first seen; no published time is later. */
  firstSeenAt: number;
  /** The feed's stored source hashes by identity (`readSourceHashes`): entries matching theirs are known unchanged. */
  storedSourceHashes?: ReadonlyMap<string, string>;
}

export type FeedDocument =
  | {
      ok: true;
      feed: FeedMetadata;
      /**
       * The entries that are new or changed, in document order, without their `contentHtml`: their row carries it
       * (clipped as stored), so it crosses between threads once (`withContentHtml` puts it back).
       */
      entries: ParsedEntry[];
      /** `normalizeEntry(entries[i])` with its source hash, computed here so the store thread does not have to. */
      rows: EntryRow[];
      /** The identities of the entries stored as they are now: neither normalised nor sent. */
      known: string[];
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
    return {
      ok: true,
      feed: {
        title: feed.title,
        ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}),
        ...(feed.iconUrl ? { iconUrl: feed.iconUrl } : {}),
      },
      ...readEntries(toParsedEntries(feed.articles, input.firstSeenAt), input, detect),
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

function readEntries(
  entries: readonly ParsedEntry[],
  input: FeedDocumentInput,
  detect: LanguageDetector | undefined,
): { entries: ParsedEntry[]; rows: EntryRow[]; known: string[] } {
  const identities = entries.map(identityOf);
  const repeated = repeatedIdentities(identities);
  const fresh: ParsedEntry[] = [];
  const rows: EntryRow[] = [];
  const known: string[] = [];
  entries.forEach((entry, index) => {
    const identity = identities[index]!;
    const sourceHash = sourceHashOf(entry, input.firstSeenAt);
    // A repeated identity collapses to one copy when stored (`upsertRows`), chosen among all of them: none is passed over.
    if (!repeated.has(identity) && input.storedSourceHashes?.get(identity) === sourceHash) {
      known.push(identity);
      return;
    }
    const { contentHtml: _sentWithTheRow, ...rest } = entry;
    fresh.push(rest);
    rows.push({ ...normalizeEntry(entry, detect), sourceHash });
  });
  return { entries: fresh, rows, known };
}

function repeatedIdentities(identities: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const identity of identities) (seen.has(identity) ? repeated : seen).add(identity);
  return repeated;
}

/** The document's entries as the parser gave them, their HTML back from their rows. */
export function withContentHtml(entries: readonly ParsedEntry[], rows: readonly EntryRow[]): ParsedEntry[] {
  return entries.map((entry, index) => {
    const contentHtml = rows[index]!.contentHtml;
    return contentHtml === null ? entry : { ...entry, contentHtml };
  });
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
