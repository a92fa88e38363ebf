/** A web page reduced to the article on it. */
export interface ExtractedArticle {
  /** The page address the relative URLs were resolved against. */
  url: string;
  title: string;
  byline: string | null;
  /** ISO 8601, from Readability, then meta tags, JSON-LD or `<time>`; null when the page does not say. */
  publishedTime: string | null;
  siteName: string | null;
  /** Readability's body with absolute URLs. Not sanitized: the display does that. */
  contentHtml: string;
  /** The body as text, paragraphs separated by blank lines. */
  textContent: string;
  excerpt: string | null;
  wordCount: number;
  /** BCP 47, e.g. `en-GB`; null when the page does not say. */
  language: string | null;
  direction: 'ltr' | 'rtl' | null;
}

export type ExtractErrorKind = 'invalid-url' | 'too-large' | 'too-complex' | 'timeout' | 'not-an-article';

export type ExtractResult =
  { ok: true; article: ExtractedArticle } | { ok: false; kind: ExtractErrorKind; message: string };

export interface ExtractOptions {
  /** The page's address (after redirects): the base for relative URLs. Must be http(s). */
  url: string;
  /** The HTTP Content-Type, for the charset of byte input. */
  contentType?: string | null;
  /** Larger input is refused, not cut: a cut page is a different page. Default 5 MB. */
  maxBytes?: number;
  /** Work stops between stages once this is spent. Default 5 s. */
  timeLimitMs?: number;
  /** Injected clock (ms), for tests. */
  now?: () => number;
}
