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
   * Whether a body may stand in for the article. The caller that knows the feed's own text passes
   * `credibilityAgainst(feedText, words)` (credibility.ts), so the extractor's retries are judged by the rule the
   * caller stores by; without it the page's own description is the only yardstick.
   */
  judge?: CredibilityJudge;
  /** Injected clock (ms), for tests. */
  now?: () => number;
}

/** A body the extractor found, as the judge sees it. */
export interface BodyToJudge {
  /** The body as text, paragraphs separated by blank lines. */
  text: string;
  /** The body as HTML: where its links are. */
  html: string;
  /** The page's `description` meta, if any. */
  description: string | null;
}

export type IncredibleReason = 'too-short' | 'less-than-feed' | 'mostly-links';

/** A judge's verdict on one body, with what the extractor needs to rank candidates (credibility.ts). */
export interface Credibility {
  credible: boolean;
  /** Credible only by the very-short-page allowance: used when no other candidate is credible. */
  shortPage: boolean;
  words: number;
  /** Mostly link text: a menu, not prose. */
  mostlyLinks: boolean;
  /** Why not; null when credible. */
  reason: IncredibleReason | null;
  /** Why not, in a few words, for logs ("12 words where the feed or page summary has 80"). */
  why: string;
}

export type CredibilityJudge = (body: BodyToJudge) => Credibility;
