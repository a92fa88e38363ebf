/**
 * From the parsed feed to the one article model the library stores. Titles
 * and summaries become plain text; content HTML stays as the feed sent it
 * (relative URLs already resolved), because sanitizing is done where HTML is
 * shown or exported. Times are milliseconds since the epoch and never later
 * than when the article was first seen.
 */
import { leadImageOf } from './lead-image';
import { personLabel } from './formats/people';
import { escapeXmlText } from '../xml/xml-escape';
import { collapseWhitespace, constructToText } from './plain-text';
import type { FeedEntry, FeedInfo, ParsedFeed, TextConstruct } from './types';

export interface NormalizedEnclosure {
  url: string;
  type?: string;
  length?: number;
}

/** Shaped to fit the library's `ParsedEntry` (electron/core/library/articles/parsed-entry.ts). */
export interface NormalizedArticle {
  guid?: string;
  url?: string;
  title: string;
  author?: string;
  summary: string;
  contentHtml?: string;
  publishedAt: number;
  updatedAt?: number;
  leadImageUrl?: string;
  categories: string[];
  language?: string;
  enclosures: NormalizedEnclosure[];
}

export interface NormalizedFeed {
  title: string;
  siteUrl?: string;
  description: string;
  iconUrl?: string;
  language?: string;
  articles: NormalizedArticle[];
}

export interface NormalizeOptions {
  /** The feed's URL, for relative URLs the parser could not resolve. */
  feedUrl?: string;
  /** When these entries were first seen (usually: now). Published times never exceed it. */
  firstSeenAt: number;
}

const MAX_SUMMARY = 2000;

function httpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function asHtml(construct: TextConstruct): string {
  if (construct.type !== 'text/plain') return construct.value;
  // Plain text content must not be read as markup when displayed.
  return construct.value
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeXmlText(para.trim())}</p>`)
    .join('');
}

function bestContent(entry: FeedEntry): TextConstruct | undefined {
  const usable = entry.content.filter(
    (c) => c.value.trim() !== '' && (c.type.startsWith('text/') || c.type.endsWith('xml')),
  );
  return (
    usable.find((c) => c.type !== 'text/plain') ??
    usable[0] ??
    (entry.summary?.value.trim() ? entry.summary : undefined)
  );
}

export function normalizeEntry(entry: FeedEntry, feed: FeedInfo, options: NormalizeOptions): NormalizedArticle {
  const base = options.feedUrl ?? '';
  const content = bestContent(entry);
  const contentHtml = content ? asHtml(content) : undefined;
  const summarySource = entry.summary ?? content;
  const summary = constructToText(summarySource).slice(0, MAX_SUMMARY);
  const published = entry.published?.time ?? entry.updated?.time ?? entry.created?.time ?? options.firstSeenAt;
  const alternate =
    entry.link ?? entry.links.find((l) => l.rel === 'alternate')?.href ?? (entry.guidIsLink ? entry.id : undefined);
  const article: NormalizedArticle = {
    title: constructToText(entry.title),
    summary,
    publishedAt: Math.min(published, options.firstSeenAt),
    categories: [...new Set(entry.categories.map((c) => collapseWhitespace(c.term || c.label || '')).filter(Boolean))],
    enclosures: entry.enclosures.flatMap((e) => {
      const url = httpUrl(e.url, base);
      if (!url) return [];
      const length = Number.parseInt(e.length ?? '', 10);
      return [
        { url, ...(e.type ? { type: e.type } : {}), ...(Number.isFinite(length) && length >= 0 ? { length } : {}) },
      ];
    }),
  };
  if (entry.id) article.guid = entry.id;
  const url = httpUrl(alternate, base);
  if (url) article.url = url;
  const author = personLabel(entry.authors[0]) ?? personLabel(feed.authors[0]);
  if (author) article.author = collapseWhitespace(author);
  if (contentHtml) article.contentHtml = contentHtml;
  if (entry.updated?.time !== undefined) article.updatedAt = Math.min(entry.updated.time, options.firstSeenAt);
  const leadImage = leadImageOf(
    entry,
    contentHtml ?? (entry.summary?.type !== 'text/plain' ? entry.summary?.value : undefined),
    base,
  );
  if (leadImage) article.leadImageUrl = leadImage;
  const language = entry.language ?? content?.language ?? entry.title?.language ?? feed.language;
  if (language) article.language = language;
  return article;
}

export function normalizeFeed(parsed: ParsedFeed, options: NormalizeOptions): NormalizedFeed {
  const base = options.feedUrl ?? '';
  const feed = parsed.feed;
  const normalized: NormalizedFeed = {
    title: constructToText(feed.title),
    description: constructToText(feed.subtitle ?? feed.info),
    articles: parsed.entries.map((entry) => normalizeEntry(entry, feed, options)),
  };
  const siteUrl = httpUrl(feed.link ?? feed.links.find((l) => l.rel === 'alternate')?.href, base);
  if (siteUrl) normalized.siteUrl = siteUrl;
  const iconUrl = httpUrl(feed.icon ?? feed.image?.url ?? feed.logo ?? feed.itunes.image, base);
  if (iconUrl) normalized.iconUrl = iconUrl;
  if (feed.language) normalized.language = feed.language;
  return normalized;
}
