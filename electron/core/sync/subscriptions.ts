/**
 * Ways feeds enter and leave the library in bulk or by address: discovery,
 * subscribing, OPML in and out, and the first-run defaults. Refreshing what
 * was added is the caller's job (the handlers kick the engine).
 */
import { ApiError } from '../../api/errors';
import type { FeedCandidate, SubscribeResult } from '../../api/methods/feeds';
import { get, type Db } from '../db/sql';
import { discoverFeeds } from '../discovery/discover-feeds';
import { fetchTextFrom, type ResourceResult } from '../discovery/fetch-text-adapter';
import { addFeed } from '../library/feeds';
import type { Network } from '../net/network';
import { exportOpml } from '../opml/export-opml';
import { applyOpmlImport, gatherOpmlExport } from '../opml/library-opml';
import { parseOpml } from '../opml/parse-opml';
import type { OpmlDocument, OpmlImportResult } from '../opml/types';

export type FetchPage = (url: string) => Promise<ResourceResult>;

/** Feeds first, then pages that may link to one. */
const DISCOVERY_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/** Discovery's downloads: through the network, under the same limits and proxy as feeds. */
export function discoveryFetch(network: Pick<Network, 'fetch'>): FetchPage {
  return (url) => network.fetch(url, { accept: DISCOVERY_ACCEPT });
}

export async function discover(url: string, fetchPage: FetchPage): Promise<FeedCandidate[]> {
  const result = await discoverFeeds(url, fetchTextFrom(fetchPage));
  if (!result.ok) throw new ApiError('NOT_FOUND', result.message);
  return result.candidates.map(({ url: feedUrl, title, format, source, latest }) => ({
    url: feedUrl,
    title,
    format,
    source,
    latest,
  }));
}

export async function subscribe(
  db: () => Db,
  input: { url: string; sectionId?: string | null | undefined; accountId?: string | undefined },
  fetchPage: FetchPage,
  now: number,
): Promise<SubscribeResult> {
  const candidates = await discover(input.url, fetchPage);
  if (candidates.length !== 1) return { kind: 'choose', candidates };
  const [candidate] = candidates as [FeedCandidate];
  const feed = addFeed(
    db(),
    {
      url: candidate.url,
      ...(candidate.title ? { title: candidate.title } : {}),
      sectionId: input.sectionId ?? null,
      ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
    },
    now,
  );
  return { kind: 'subscribed', feed };
}

/** Imports into `accountId` (the local account when absent). */
export function importOpmlText(db: Db, text: string, now: number, accountId?: string): OpmlImportResult {
  return applyOpmlImport(db, readOpmlText(text), now, accountId);
}

/** The document, or INVALID_ARGUMENTS saying why it cannot be read. */
export function readOpmlText(text: string): OpmlDocument {
  const doc = parseOpml(text);
  if (!doc.ok) throw new ApiError('INVALID_ARGUMENTS', doc.message);
  return doc;
}

export function exportOpmlText(db: Db, now: number): { opml: string; feeds: number } {
  const data = gatherOpmlExport(db);
  const feeds = data.unsectioned.length + data.sections.reduce((sum, section) => sum + section.feeds.length, 0);
  return { opml: exportOpml(data, new Date(now)), feeds };
}

export interface DefaultsOffer {
  offer: boolean;
  sections: { name: string; feeds: number }[];
  feeds: number;
}

/** First run is an empty library: once the reader has any feed, the offer is not repeated. */
export function defaultsOffer(db: Db, opml: string | undefined): DefaultsOffer {
  const doc = opml === undefined ? null : parseOpml(opml);
  if (!doc?.ok) return { offer: false, sections: [], feeds: 0 };
  const empty = !get(db, 'SELECT 1 AS x FROM feeds WHERE archived = 0 LIMIT 1');
  const sections = doc.sections.map((name) => ({
    name,
    feeds: doc.feeds.filter((feed) => feed.section === name).length,
  }));
  return { offer: empty, sections, feeds: doc.feeds.length };
}
