/**
 * The parsed feed model: everything the formats say, before normalization.
 * It stays close to the documents (text constructs keep their type, base and
 * language) so that normalization and the conformance adapter can both be
 * pure mappings from it.
 */

export type FeedVersion =
  | 'rss090'
  | 'rss091u'
  | 'rss091n'
  | 'rss092'
  | 'rss093'
  | 'rss094'
  | 'rss20'
  | 'rss10'
  | 'rss'
  | 'atom03'
  | 'atom10'
  | 'atom'
  | 'json1'
  | 'json11'
  | 'json';

/** A piece of text and how to read it (`text/plain`, `text/html`, `application/xhtml+xml`). */
export interface TextConstruct {
  value: string;
  type: string;
  language?: string;
  base?: string;
  /** Atom `content src="…"`. */
  src?: string;
}

export interface Person {
  /** The author as an RSS-style string wrote it, e.g. `me@example.com (Me)`. */
  text?: string;
  name?: string;
  email?: string;
  uri?: string;
}

export interface Link {
  href: string;
  rel: string;
  type?: string;
  title?: string;
  length?: string;
  hreflang?: string;
}

export interface Category {
  term: string;
  scheme?: string;
  label?: string;
}

export interface Enclosure {
  url: string;
  type?: string;
  length?: string;
}

export interface MediaObject {
  url: string;
  type?: string;
  medium?: string;
  width?: number;
  height?: number;
}

/** A date as written, and its instant (ms since epoch) when it could be read. */
export interface FeedDate {
  raw: string;
  time?: number;
}

export interface Generator {
  name?: string;
  uri?: string;
  version?: string;
}

export interface FeedImage {
  url?: string;
  title?: string;
  link?: string;
  width?: number;
  height?: number;
  description?: string;
}

export interface ITunesInfo {
  block?: boolean;
  /** `true` explicit, `false` clean, `null` present but unreadable. */
  explicit?: boolean | null;
  duration?: string;
  image?: string;
  keywords?: string[];
  subtitle?: string;
  summary?: string;
  author?: string;
}

export interface MediaInfo {
  thumbnails: MediaObject[];
  contents: MediaObject[];
  credits: { role?: string; scheme?: string; content: string }[];
  restriction?: { relationship?: string; type?: string; content: string };
  license?: { type?: string; href?: string; content: string };
  rating?: { scheme?: string; content: string };
  player?: { url: string };
}

/** What feeds and entries (and an entry's Atom `source`) have in common. */
export interface CommonFields {
  id?: string;
  title?: TextConstruct;
  link?: string;
  links: Link[];
  rights?: TextConstruct;
  authors: Person[];
  contributors: Person[];
  publisher?: Person;
  published?: FeedDate;
  updated?: FeedDate;
  created?: FeedDate;
  categories: Category[];
  language?: string;
  itunes: ITunesInfo;
  /** Elements no reader knows, by feedparser-style key (`prefix_local`), first value wins. */
  extras: Record<string, string>;
}

export interface FeedSource extends CommonFields {
  subtitle?: TextConstruct;
  generator?: Generator;
  icon?: string;
  logo?: string;
}

export interface FeedInfo extends FeedSource {
  image?: FeedImage;
  docs?: string;
  ttl?: string;
  /** `dcterms:valid` start and end. */
  validity?: { start?: FeedDate; end?: FeedDate };
  cloud?: Record<string, string>;
  textInput?: Record<string, string>;
  /** The text construct a feed-level `description`/`subtitle` came from when HTML-ish info is distinct. */
  info?: TextConstruct;
}

export interface FeedEntry extends CommonFields {
  summary?: TextConstruct;
  content: TextConstruct[];
  enclosures: Enclosure[];
  media: MediaInfo;
  comments?: string;
  expired?: FeedDate;
  /** RSS `<guid>` is the entry's permalink. */
  guidIsLink?: boolean;
  source?: FeedSource;
  /** Atom threading `in-reply-to`. */
  inReplyTo?: Record<string, string>;
}

export interface ParsedFeed {
  ok: true;
  version: FeedVersion;
  /** The character encoding the document was read with. */
  encoding: string;
  /** The document was not well-formed, or its encoding had to be guessed or overridden. */
  bozo: boolean;
  /** Why `bozo` is set, and other non-fatal findings, in plain words. */
  warnings: string[];
  feed: FeedInfo;
  entries: FeedEntry[];
}

/** `unreadable` only comes from a parser bug: the conformance run counts it as a crash. */
export type FeedParseErrorKind = 'empty' | 'html' | 'not-a-feed' | 'invalid-json' | 'unreadable';

/** The bytes are not a feed at all; `message` is written for the reader. */
export interface FeedParseError {
  ok: false;
  kind: FeedParseErrorKind;
  message: string;
  encoding: string;
  warnings: string[];
}

export type ParseFeedResult = ParsedFeed | FeedParseError;

export interface ParseFeedOptions {
  /** The HTTP `Content-Type` header, if the bytes came over HTTP. */
  contentType?: string;
  /** The document's URL (after redirects, or `Content-Location`): the base for relative URLs. */
  url?: string;
  /** The HTTP `Content-Language` header: the default language. */
  contentLanguage?: string;
}
