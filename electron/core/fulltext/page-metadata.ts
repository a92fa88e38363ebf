/**
 * What the page says about itself outside the article body: meta tags,
 * JSON-LD and `<time>`. Read before Readability runs, because Readability
 * and the pre-clean both remove the scripts JSON-LD lives in. These are the
 * fallbacks for fields Readability leaves empty.
 */
import { normalizeLanguage } from '../language/language-tag';
import { readJsonLd, type JsonLdFacts } from './json-ld';

export interface PageMetadata extends JsonLdFacts {
  metaPublished: string | null;
  language: string | null;
  siteName: string | null;
  author: string | null;
  title: string | null;
  /** The `<title>` element's text, which often carries the site's name where `og:title` does not. */
  documentTitle: string | null;
  /** `og:title` / `twitter:title`, when the page gives them. */
  socialTitle: string | null;
  /** The page's `<h1>` texts (at most a few), for checking a title against what the page itself shows. */
  headings: string[];
  /** The page's own summary (`description` / `og:description`), one of the texts a credible body must cover. */
  description: string | null;
  /** The first `<base href>`, raw. */
  baseHref: string | null;
}

interface DomLike {
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): Iterable<ElementLike>;
  documentElement: ElementLike | null;
}

export interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

function metaContent(doc: DomLike, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function timeElement(doc: DomLike): string | null {
  const element =
    doc.querySelector('[itemprop="datePublished"][datetime]') ??
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector('article time[datetime]');
  return element?.getAttribute('datetime')?.trim() || null;
}

const MAX_HEADINGS = 5;

export function readPageMetadata(doc: DomLike): PageMetadata {
  const documentTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const socialTitle = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const jsonLd = readJsonLd(
    [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
  );
  return {
    ...jsonLd,
    metaPublished: metaContent(doc, PUBLISHED_META) ?? timeElement(doc),
    language:
      normalizeLanguage(doc.documentElement?.getAttribute('lang')) ??
      normalizeLanguage(
        metaContent(doc, ['meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]']),
      ) ??
      normalizeLanguage(metaContent(doc, ['meta[property="og:locale"]'])),
    siteName: metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    author: metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']),
    title: socialTitle ?? documentTitle,
    documentTitle,
    socialTitle,
    headings: [...doc.querySelectorAll('h1')]
      .slice(0, MAX_HEADINGS)
      .map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .filter((text) => text !== ''),
    description: metaContent(doc, [
      'meta[name="description"]',
      'meta[property="og:description"]',
      'meta[name="twitter:description"]',
    ]),
    baseHref: doc.querySelector('base[href]')?.getAttribute('href') ?? null,
  };
}

/** Any date a page writes, as ISO 8601; null for what cannot be read or lies in the far future. */
export function toIsoTime(raw: string | null | undefined, now: number): string | null {
  if (!raw) return null;
  const text = raw.trim();
  // sailthru and some CMSs write "2026-03-02 09:00:00"; Date reads that as local time, so say UTC.
  const candidate = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text) ? `${text.replace(' ', 'T')}Z` : text;
  const time = Date.parse(candidate);
  if (Number.isNaN(time) || time > now + 86_400_000) return null;
  return new Date(time).toISOString();
}
