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
  /**
   * Which candidate gave the body: Readability as configured, Readability retried with other settings or without the
   * pre-clean, the page's JSON-LD `articleBody`, or its `<main>`/`<article>` landmark. For logs and the CLI.
   */
  source: ExtractionSource;
}

export type ExtractionSource = 'readability' | 'readability-retry' | 'json-ld' | 'landmark';

/**
 * `not-credible`: the page has text, but no candidate looked like the article (too short, mostly links, or far
 * less than the feed's own text): the caller keeps the feed's text and says "The full text couldn't be extracted
 * from this page".
 */
export type ExtractErrorKind =
  'invalid-url' | 'too-large' | 'too-complex' | 'timeout' | 'not-an-article' | 'not-credible';

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  /** `why`: what the best candidate looked like, for logs (e.g. "12 words, 9 of them in links"). */
  | { ok: false; kind: ExtractErrorKind; message: string; why?: string };

export interface ExtractOptions {
  /** The page's address (after redirects): the base for relative URLs. Must be http(s). */
  url: string;
  /** The HTTP Content-Type, for the charset of byte input. */
  contentType?: string | null;
  /** Larger input is refused, not cut: a cut page is a different page. Default 5 MB. */
  maxBytes?: number;
  /** Work stops between stages once this is spent. Default 5 s. */
  timeLimitMs?: number;
  /**
   * The feed's own text for this article (summary or content, as plain text), when the caller has it. A result
   * must hold enough of it to be credible; without it only the page's own description is compared.
   */
  feedText?: string | null;
  /** Injected clock (ms), for tests. */
  now?: () => number;
}
