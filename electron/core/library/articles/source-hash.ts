/**
 * A fingerprint of an entry as the feed gave it, before `normalizeEntry` turns it into a row. Stored with the row
 * (`articles.source_hash`), it lets a refresh of a changed document pass over the entries it already has without
 * normalising them again (HTML to text, content hash, word count, language detection: most of a refresh's CPU for a
 * document that only gained a few entries).
 *
 * Only what the document says goes in. The fetch time must not: a feed entry with no date, or a date later than
 * the fetch, is given the fetch time (`feeds/normalize.ts`: published and updated times are never later than it),
 * and a fingerprint holding it would never match the next fetch's. Such a time is hashed as "the fetch time", not
 * as its value, so the same document fetched twice gives the same fingerprints; the stored row keeps the time it
 * was first given.
 *
 * `NORMALIZER_VERSION` (normalize-entry.ts) goes in too, so a normalisation that changed with an upgrade makes every
 * fingerprint stale and each entry is normalised again on its feed's next changed document.
 */
import { createHash } from 'node:crypto';
import { NORMALIZER_VERSION } from './normalize-entry';
import type { ParsedEntry } from './parsed-entry';

/**
 * The fields of `ParsedEntry` that come from the feed document (the rest come from the page or the library).
 * `version` is the normaliser's; only tests pass another (an older app's hashes).
 */
export function sourceHashOf(entry: ParsedEntry, fetchedAt: number, version = NORMALIZER_VERSION): string {
  const fields = [
    version,
    entry.guid ?? null,
    entry.url ?? null,
    entry.title ?? null,
    entry.author ?? null,
    documentTime(entry.publishedAt, fetchedAt),
    documentTime(entry.updatedAt, fetchedAt),
    entry.summary ?? null,
    entry.contentHtml ?? null,
    entry.language ?? null,
    entry.leadImageUrl ?? null,
    entry.categories ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

/** A time the feed gave, or `'fetch-time'` for one that is the fetch time (none given, or one later than it). */
function documentTime(time: number | null | undefined, fetchedAt: number): number | string | null {
  if (time === null || time === undefined) return null;
  return timeFromDocument(time, fetchedAt) ?? 'fetch-time';
}

/**
 * A normalised entry's time as its document gave it, or null where the normaliser put the fetch time in its place
 * (the document gave none, or one later than the fetch): the one rule by which the fingerprint above and an entry's
 * identity (`ParsedEntry.identityTime`) leave the fetch time out.
 */
export function timeFromDocument(time: number, fetchedAt: number): number | null {
  return time < fetchedAt ? time : null;
}
