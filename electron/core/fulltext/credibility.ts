/**
 * Whether an extracted body can stand in for the article (issue 17, rule 1): the one definition, used by the
 * extractor to decide its retries and by the sync to decide what it stores. A login bar, a dek and a date, or a list
 * of links can all come out of Readability as "the article"; a reader who had the feed's teaser would lose it for
 * that. A body is credible when it
 * - holds at least 40 % as many words as the longest of the feed's own text and the page's description;
 * - holds at least 50 words, or, for a very short page, every word of the feed's own text;
 * - is less than half link text (counted in words).
 *
 * The extractor does not know the feed's text: the caller that does passes a judge built here
 * (`credibilityAgainst`) as `ExtractOptions.judge`, with its own way of splitting words (the sync passes the search
 * index's, `db/segment.ts`, so Chinese or Japanese count dictionary words). Without one, the page's description is
 * the only yardstick.
 */
import { Parser } from 'htmlparser2';
import type { BodyToJudge, Credibility, CredibilityJudge } from './types';

export type { Credibility, CredibilityJudge, IncredibleReason } from './types';

export const MIN_WORDS = 50;
export const MIN_SHARE_OF_KNOWN_TEXT = 0.4;
export const MAX_LINK_SHARE = 0.5;

/** How text splits into words. The default is Unicode word segmentation (ICU's word breaker). */
export type WordSplitter = (text: string) => string[];

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export const unicodeWords: WordSplitter = (text) => {
  const words: string[] = [];
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words.push(segment.segment);
  return words;
};

export interface KnownText {
  /** The feed's own text for the article (summary or content), as plain text. */
  feedText?: string | null;
  /** The page's `description` meta. */
  description?: string | null;
}

/** The judge a caller passes to the extractor: this rule, against the feed's own text (empty when it has none). */
export function credibilityAgainst(feedText: string | null, words: WordSplitter = unicodeWords): CredibilityJudge {
  return (body: BodyToJudge) => judgeCredibility(body, { feedText, description: body.description }, words);
}

export function judgeCredibility(
  body: { text: string; html: string },
  known: KnownText,
  words: WordSplitter = unicodeWords,
): Credibility {
  const count = words(body.text).length;
  const longest = Math.max(wordCount(known.feedText ?? '', words), wordCount(known.description ?? '', words));
  const share = count === 0 ? 0 : linkShare(body.html, words);
  const mostlyLinks = share >= MAX_LINK_SHARE;
  const base = { words: count, mostlyLinks };
  if (count < MIN_SHARE_OF_KNOWN_TEXT * longest)
    return {
      ...base,
      credible: false,
      shortPage: false,
      reason: 'less-than-feed',
      why: `${count} words where the feed or page summary has ${longest}`,
    };
  const shortPage = count < MIN_WORDS;
  if (shortPage && !(known.feedText && holdsEveryWord(body.text, known.feedText, words)))
    return {
      ...base,
      credible: false,
      shortPage: false,
      reason: 'too-short',
      why: count === 0 ? 'no text' : `${count} words`,
    };
  if (mostlyLinks)
    return {
      ...base,
      credible: false,
      shortPage: false,
      reason: 'mostly-links',
      why: `${count} words, ${Math.round(share * 100)} % of it link text`,
    };
  return {
    ...base,
    credible: true,
    shortPage,
    reason: null,
    why: shortPage ? 'short page holding all of the feed text' : '',
  };
}

function wordCount(text: string, words: WordSplitter): number {
  return text ? words(text).length : 0;
}

const fold = (word: string) => word.normalize('NFKC').toLowerCase();
/** "… the minister sa…": a feed that cuts its text mid-word leaves a fragment the page does not hold. */
const CUT = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;

/** Every word of `feedText` occurs in `text` (a two-sentence brief whose feed text is the whole story). */
export function holdsEveryWord(text: string, feedText: string, words: WordSplitter = unicodeWords): boolean {
  const wanted = words(feedText);
  if (CUT.test(feedText)) wanted.pop();
  if (wanted.length === 0) return false;
  const held = new Set(words(text).map(fold));
  return wanted.every((word) => held.has(fold(word)));
}

/** The share of the body's words that sit inside `<a>` elements, from its HTML (scripts and styles left out). */
export function linkShare(html: string, words: WordSplitter = unicodeWords): number {
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
  const total = wordCount(allText, words);
  return total === 0 ? 0 : wordCount(linkText, words) / total;
}
