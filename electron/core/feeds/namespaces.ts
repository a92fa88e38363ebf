/**
 * Known namespaces. Feeds spell the same namespace many ways (case, trailing
 * slash, old versions), so elements are matched by a canonical prefix rather
 * than by exact URI.
 */

export const NS = {
  atom10: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xhtml: 'http://www.w3.org/1999/xhtml',
  thr: 'http://purl.org/syndication/thread/1.0',
  georss: 'http://www.georss.org/georss',
  cc: 'http://web.resource.org/cc/',
  creativecommons: 'http://backend.userland.com/creativeCommonsRssModule',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
} as const;

export type Prefix = keyof typeof NS | 'rss' | 'other';

const BY_URI = new Map<string, Prefix>();
for (const [prefix, uri] of Object.entries(NS)) BY_URI.set(canonicalUri(uri), prefix as Prefix);
// Variants seen in the wild.
for (const [uri, prefix] of [
  ['http://purl.org/atom/ns#draft-ietf-atompub-format-08', 'atom10'],
  ['http://www.w3.org/2005/atom', 'atom10'],
  ['http://purl.org/rss/1.0/modules/rss091#', 'rss'],
  ['http://backend.userland.com/rss', 'rss'],
  ['http://backend.userland.com/rss2', 'rss'],
  ['http://blogs.law.harvard.edu/tech/rss', 'rss'],
  ['http://purl.org/net/rss1.1#', 'rss10'],
  ['http://tools.search.yahoo.com/mrss/', 'media'],
  ['http://video.search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://example.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://purl.org/dc/elements/1.0/', 'dc'],
  ['http://www.w3.org/1999/xhtml/', 'xhtml'],
] as const) {
  BY_URI.set(canonicalUri(uri), prefix);
}

function canonicalUri(uri: string): string {
  return uri.trim().toLowerCase().replace(/\/+$/, '');
}

/** The canonical prefix of a namespace URI: '' for none, 'other' for one no reader knows. */
export function prefixOf(uri: string): Prefix | '' {
  if (!uri) return '';
  return BY_URI.get(canonicalUri(uri)) ?? 'other';
}

const BY_PREFIX: Record<string, string> = { ...NS, xml: 'http://www.w3.org/XML/1998/namespace' };

/** The namespace an undeclared but conventional prefix stands for. */
export function namespaceForPrefix(prefix: string): string | undefined {
  return Object.hasOwn(BY_PREFIX, prefix) ? BY_PREFIX[prefix] : undefined;
}
