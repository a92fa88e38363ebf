/** JSON Feed 1.0 and 1.1 (jsonfeed.org). */
import { parseDate } from '../dates';
import { resolveHtmlUrls } from '../html/resolve-urls';
import type { FeedDate, FeedEntry, FeedVersion, Person, TextConstruct } from '../types';
import { safeLink } from '../urls';
import { MAX_ENTRIES } from './limits';
import { emptyEntry, emptyFeed } from './model';
import type { FormatResult } from './rss';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function isJsonFeed(value: unknown): value is Json {
  return isObject(value) && typeof value.version === 'string' && value.version.includes('jsonfeed.org');
}

function jsonVersion(version: string): FeedVersion {
  if (/\/version\/1\.1\b/.test(version)) return 'json11';
  if (/\/version\/1\b/.test(version)) return 'json1';
  return 'json';
}

function people(node: Json, base: string): Person[] {
  const list = Array.isArray(node.authors) ? node.authors : isObject(node.author) ? [node.author] : [];
  return list.filter(isObject).map((p) => {
    const person: Person = {};
    const name = str(p.name);
    const url = str(p.url);
    if (name) person.name = name;
    if (url) person.uri = safeLink(url, base);
    return person;
  });
}

function date(value: unknown): FeedDate | undefined {
  const raw = str(value);
  if (!raw) return undefined;
  const time = parseDate(raw);
  return time === undefined ? { raw } : { raw, time };
}

const text = (value: string | undefined, type = 'text/plain'): TextConstruct | undefined =>
  value === undefined ? undefined : { value, type };

function readItem(item: Json, base: string): FeedEntry {
  const entry = emptyEntry();
  const id = item.id;
  if (typeof id === 'string' || typeof id === 'number') entry.id = String(id);
  const url = str(item.url);
  if (url) {
    entry.link = safeLink(url, base);
    entry.links.push({ href: entry.link, rel: 'alternate', type: 'text/html' });
  }
  const external = str(item.external_url);
  if (external) entry.links.push({ href: safeLink(external, base), rel: 'related' });
  entry.title = text(str(item.title));
  entry.summary = text(str(item.summary));
  const html = str(item.content_html);
  const plain = str(item.content_text);
  if (html) entry.content.push({ value: resolveHtmlUrls(html, entry.link ?? base), type: 'text/html' });
  if (plain) entry.content.push({ value: plain, type: 'text/plain' });
  entry.published = date(item.date_published);
  entry.updated = date(item.date_modified);
  entry.authors = people(item, base);
  if (Array.isArray(item.tags)) for (const tag of item.tags) if (str(tag)) entry.categories.push({ term: str(tag)! });
  const image = str(item.image) ?? str(item.banner_image);
  if (image) entry.media.thumbnails.push({ url: safeLink(image, base) });
  if (Array.isArray(item.attachments)) {
    for (const a of item.attachments.filter(isObject)) {
      const href = str(a.url);
      if (!href) continue;
      const type = str(a.mime_type);
      const size = a.size_in_bytes;
      entry.enclosures.push({
        url: safeLink(href, base),
        ...(type ? { type } : {}),
        ...(typeof size === 'number' ? { length: String(size) } : {}),
      });
    }
  }
  const language = str(item.language);
  if (language) entry.language = language;
  return entry;
}

export function readJsonFeed(doc: Json, url: string): FormatResult & { version: FeedVersion } {
  const feed = emptyFeed();
  const home = str(doc.home_page_url);
  const self = str(doc.feed_url);
  const base = self ?? url;
  feed.title = text(str(doc.title));
  feed.subtitle = text(str(doc.description));
  if (home) {
    feed.link = safeLink(home, base);
    feed.links.push({ href: feed.link, rel: 'alternate', type: 'text/html' });
  }
  if (self) feed.links.push({ href: safeLink(self, url), rel: 'self', type: 'application/feed+json' });
  const icon = str(doc.icon);
  const favicon = str(doc.favicon);
  if (icon) feed.logo = safeLink(icon, base);
  if (favicon) feed.icon = safeLink(favicon, base);
  feed.authors = people(doc, base);
  const language = str(doc.language);
  if (language) feed.language = language;
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  const entries = items.slice(0, MAX_ENTRIES).map((item) => readItem(item, base));
  return { version: jsonVersion(String(doc.version)), feed, entries, truncated: items.length > MAX_ENTRIES };
}
