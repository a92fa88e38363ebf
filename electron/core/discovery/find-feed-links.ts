/**
 * The feeds a page advertises: `<link rel="alternate" type="…">` resolved
 * against the page's `<base href>` (the first one, as browsers use) or its
 * final URL. Only http(s) results survive, each once, and a page with
 * hundreds of links yields a bounded few.
 */
import { Parser } from 'htmlparser2';
import { feedAddress } from '../../api/url-policy/feed-address-policy';

export interface FeedLink {
  url: string;
  title: string;
  type: string;
}

// Plain `application/json` is also oEmbed and REST APIs; it is tried last.
const TYPE_RANK: Record<string, number> = {
  'application/rss+xml': 0,
  'application/atom+xml': 0,
  'application/feed+json': 0,
  'application/rdf+xml': 1,
  'application/json': 2,
};

export const MAX_FEED_LINKS = 8;

export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  let base: string | undefined;
  const raw: { href: string; title: string; type: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'base' && base === undefined && attribs.href !== undefined) base = attribs.href;
        if (name !== 'link' || raw.length >= 100 * MAX_FEED_LINKS) return;
        const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/);
        const type = (attribs.type ?? '').split(';')[0]!.trim().toLowerCase();
        if (!rels.includes('alternate') || !(type in TYPE_RANK) || !attribs.href) return;
        raw.push({ href: attribs.href, title: (attribs.title ?? '').replace(/\s+/g, ' ').trim(), type });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  const baseUrl = (base !== undefined && feedAddress(base, pageUrl)) || pageUrl;
  const seen = new Set<string>();
  const links: FeedLink[] = [];
  for (const link of raw.sort((a, b) => TYPE_RANK[a.type]! - TYPE_RANK[b.type]!)) {
    const url = feedAddress(link.href, baseUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, title: link.title, type: link.type });
    if (links.length >= MAX_FEED_LINKS) break;
  }
  return links;
}
