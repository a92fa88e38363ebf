/**
 * Whether an extracted page is the article or the site's chrome (issue 17, rule 1), as the sync judges it. The
 * extractor cannot tell a login bar from a short story; the caller can, because it knows what the feed itself said
 * about the article. The rule is the extractor's one definition (`fulltext/credibility.ts`: at least 50 words or,
 * on a very short page, every word of the feed's text; at least 40 % of the longer of the feed's text and the
 * page's description; under half link text); the sync applies it with the feed's own text and the search index's
 * words (`db/segment.ts`), so Chinese or Japanese text counts its dictionary words rather than its spaces, and
 * Arabic or Hebrew count the same way as Latin text.
 *
 * `extractForFeed` hands that judge to the extractor, so its retries (Readability again, JSON-LD `articleBody`, the
 * page's landmark) are decided by the rule the sync stores by: every path that stores full text (`fetchFullText`)
 * and the command line's `extract` go through it.
 */
import { queryWords } from '../db/segment';
import { credibilityAgainst, judgeCredibility, linkShare as linkShareOf } from '../fulltext/credibility';
import { extractArticle } from '../fulltext/extract-article';
import type { CredibilityJudge, ExtractResult, IncredibleReason } from '../fulltext/types';

export interface FullTextCandidate {
  /** The extracted body as text. */
  text: string;
  /** The extracted body as HTML: where its links are. */
  html: string;
  /** The feed's own text for the article (its content or summary, as plain text); empty when the feed has none. */
  feedText: string;
  /** The page's description, if any. */
  description: string | null;
}

export type Verdict = { credible: true } | { credible: false; reason: IncredibleReason };

export function judgeFullText(candidate: FullTextCandidate): Verdict {
  const credibility = judgeCredibility(candidate, candidate, queryWords);
  return credibility.credible ? { credible: true } : { credible: false, reason: credibility.reason! };
}

/** The judge the extractor gets from the sync: the rule, against this feed text, in the search index's words. */
export function feedJudge(feedText: string): CredibilityJudge {
  return credibilityAgainst(feedText, queryWords);
}

/** An article page extracted as the sync would store it: judged against the feed's own text (empty when none). */
export function extractForFeed(
  page: string | Uint8Array,
  options: { url: string; contentType?: string | null; feedText: string; now?: () => number },
): ExtractResult {
  return extractArticle(page, {
    url: options.url,
    contentType: options.contentType,
    now: options.now,
    judge: feedJudge(options.feedText),
  });
}

export function wordCount(text: string): number {
  return text ? queryWords(text).length : 0;
}

/** The share of the body's words that sit inside `<a>` elements. */
export function linkShare(html: string): number {
  return linkShareOf(html, queryWords);
}
