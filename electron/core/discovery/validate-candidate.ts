/** Fetches a would-be feed and keeps it only when it parses as one. */
import { feedAddress } from '../../api/url-policy/feed-address-policy';
import { parseFeed } from '../feeds/parse-feed';
import { constructToText } from '../feeds/plain-text';
import type { FeedVersion, ParsedFeed, ParseFeedResult } from '../feeds/types';
import type { FeedCandidate, FeedFormat, FetchedText, Headline } from './types';

export function formatOf(version: FeedVersion): FeedFormat {
  if (version.startsWith('atom')) return 'atom';
  if (version.startsWith('json')) return 'json';
  if (version === 'rss10' || version === 'rss090') return 'rdf';
  return 'rss';
}

/** parseFeed wants bytes; text the caller already decoded is handed over as UTF-8, and labelled so. */
export function parseFetched(fetched: FetchedText, url: string): ParseFeedResult {
  if (typeof fetched.body !== 'string')
    return parseFeed(fetched.body, { url, contentType: fetched.contentType ?? undefined });
  const mediaType = (fetched.contentType ?? '').split(';')[0]!.trim();
  return parseFeed(new TextEncoder().encode(fetched.body), {
    url,
    contentType: mediaType ? `${mediaType}; charset=utf-8` : undefined,
  });
}

export function candidateFrom(
  fetched: FetchedText,
  source: FeedCandidate['source'],
  fallbackTitle: string,
): FeedCandidate | undefined {
  const url = feedAddress(fetched.finalUrl);
  if (!url) return undefined;
  const parsed = parseFetched(fetched, url);
  if (!parsed.ok) return undefined;
  const title = constructToText(parsed.feed.title) || fallbackTitle || new URL(url).hostname;
  return { url, title, format: formatOf(parsed.version), version: parsed.version, source, latest: latestOf(parsed) };
}

export const HEADLINES_SHOWN = 3;

/** The newest few titled entries, newest first where the feed dates them, in document order otherwise. */
export function latestOf(parsed: ParsedFeed): Headline[] {
  const headlines = parsed.entries.flatMap((entry, index) => {
    const title = constructToText(entry.title).replace(/\s+/g, ' ').trim();
    if (!title) return [];
    const time = entry.published?.time ?? entry.updated?.time;
    return [{ title: title.slice(0, 300), time, index }];
  });
  headlines.sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.index - b.index);
  return headlines.slice(0, HEADLINES_SHOWN).map(({ title, time }) => ({
    title,
    publishedAt: time === undefined ? null : new Date(time).toISOString(),
  }));
}
