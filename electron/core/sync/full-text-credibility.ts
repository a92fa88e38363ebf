/**
 * Whether an extracted page is the article or the site's chrome (issue 17, rule 1). The extractor cannot tell a
 * login bar from a short story; the caller can, because it knows what the feed itself said about the article. A
 * result is credible when it holds
 *
 * - at least 50 words, or, on a very short page, every word of the feed's own text;
 * - at least 40 % of the words of the longer of the feed's own text and the page's description;
 * - less than half of its words inside links.
 *
 * Words are the search index's words (`db/segment.ts`: ICU's word breaker), so Chinese or Japanese text counts its
 * dictionary words rather than its spaces, and Arabic or Hebrew counts the same way as Latin text.
 */
import { Parser } from 'htmlparser2';
import { queryWords } from '../db/segment';

export const MIN_WORDS = 50;
export const MIN_SHARE_OF_LONGEST = 0.4;
export const MAX_LINK_SHARE = 0.5;

export interface FullTextCandidate {
  /** The extracted body as text. */
  text: string;
  /** The extracted body as HTML: where its links are. */
  html: string;
  /** The feed's own text for the article (its content or summary, as plain text); empty when the feed has none. */
  feedText: string;
  /** The page's description (the extractor's `excerpt`), if any. */
  description: string | null;
}

export type IncredibleReason = 'too-short' | 'less-than-feed' | 'mostly-links';
export type Credibility = { credible: true } | { credible: false; reason: IncredibleReason };

export function judgeFullText(candidate: FullTextCandidate): Credibility {
  const words = queryWords(candidate.text);
  if (words.length < MIN_WORDS && !holdsEveryWordOf(words, candidate.feedText))
    return { credible: false, reason: 'too-short' };
  const longest = Math.max(wordCount(candidate.feedText), wordCount(candidate.description ?? ''));
  if (words.length < MIN_SHARE_OF_LONGEST * longest) return { credible: false, reason: 'less-than-feed' };
  if (linkShare(candidate.html) >= MAX_LINK_SHARE) return { credible: false, reason: 'mostly-links' };
  return { credible: true };
}

export function wordCount(text: string): number {
  return text ? queryWords(text).length : 0;
}

const fold = (word: string) => word.normalize('NFKC').toLowerCase();
/** "… the minister sa…": a feed that cuts its text mid-word leaves a fragment the page does not hold. */
const CUT = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;

/** Whether every word of the feed's text is in the extracted text; an empty feed text proves nothing. */
function holdsEveryWordOf(words: readonly string[], feedText: string): boolean {
  const feedWords = queryWords(feedText);
  if (CUT.test(feedText)) feedWords.pop();
  if (feedWords.length === 0) return false;
  const have = new Set(words.map(fold));
  return feedWords.every((word) => have.has(fold(word)));
}

/** The share of the body's words that sit inside `<a>` elements. */
export function linkShare(html: string): number {
  let inLink = 0;
  let hidden = 0;
  let linkText = '';
  let allText = '';
  const parser = new Parser(
    {
      onopentag(name) {
        // A space at each tag keeps "<a>one</a><a>two</a>" two words (text may arrive in pieces between tags).
        allText += ' ';
        linkText += ' ';
        if (name === 'a') inLink++;
        else if (name === 'script' || name === 'style') hidden++;
      },
      onclosetag(name) {
        allText += ' ';
        linkText += ' ';
        if (name === 'a') inLink = Math.max(0, inLink - 1);
        else if (name === 'script' || name === 'style') hidden = Math.max(0, hidden - 1);
      },
      ontext(text) {
        if (hidden > 0) return;
        allText += text;
        if (inLink > 0) linkText += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  const total = wordCount(allText);
  return total === 0 ? 0 : wordCount(linkText) / total;
}
