/**
 * Whether an extracted body can stand in for the article. A login bar, a dek and a date, or a list of links can
 * all come out of Readability as "the article"; a reader who had the feed's teaser would lose it for that. A body
 * is credible when it
 * - holds at least 50 words, or, for a very short page, every word of the feed's own text;
 * - holds at least 40 % as many words as the longest of the feed's text and the page's description;
 * - is less than half link text.
 */
import { Parser } from 'htmlparser2';
import { countWords } from './article-text';

export const MIN_WORDS = 50;
export const MIN_SHARE_OF_KNOWN_TEXT = 0.4;
export const MAX_LINK_SHARE = 0.5;

export interface KnownText {
  /** The feed's own text for the article (summary or content), as plain text. */
  feedText?: string | null;
  /** The page's `description` meta. */
  description?: string | null;
}

export interface Credibility {
  credible: boolean;
  /** Only by the very-short-page allowance: use it when no other candidate is credible. */
  shortPage: boolean;
  words: number;
  /** Mostly link text: a menu, not prose. */
  mostlyLinks: boolean;
  /** Why not, in a few words, for logs. */
  why: string;
}

/** Characters of text inside links over all characters of text, from the body's HTML. */
export function linkTextShare(html: string): number {
  let all = 0;
  let linked = 0;
  let inLink = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'a') inLink++;
      },
      onclosetag(name) {
        if (name === 'a') inLink = Math.max(0, inLink - 1);
      },
      ontext(text) {
        const length = text.replace(/\s+/g, '').length;
        all += length;
        if (inLink > 0) linked += length;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return all === 0 ? 0 : linked / all;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const segment of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (segment.isWordLike) words.add(segment.segment);
  }
  return words;
}

/** Every word of `feedText` occurs in `text` (a two-sentence brief whose feed text is the whole story). */
export function holdsEveryWord(text: string, feedText: string): boolean {
  const wanted = wordSet(feedText);
  if (wanted.size === 0) return false;
  const held = wordSet(text);
  for (const word of wanted) if (!held.has(word)) return false;
  return true;
}

export function judgeCredibility(body: { text: string; html: string }, known: KnownText): Credibility {
  const words = countWords(body.text);
  const known_ = Math.max(countWords(known.feedText ?? ''), countWords(known.description ?? ''));
  const linkShare = words === 0 ? 0 : linkTextShare(body.html);
  const mostlyLinks = linkShare >= MAX_LINK_SHARE;
  const no = (why: string): Credibility => ({ credible: false, shortPage: false, words, mostlyLinks, why });
  if (words === 0) return no('no text');
  if (mostlyLinks) return no(`${words} words, ${Math.round(linkShare * 100)} % of it link text`);
  if (words < MIN_SHARE_OF_KNOWN_TEXT * known_)
    return no(`${words} words where the feed or page summary has ${known_}`);
  if (words >= MIN_WORDS) return { credible: true, shortPage: false, words, mostlyLinks, why: '' };
  if (known.feedText && holdsEveryWord(body.text, known.feedText))
    return { credible: true, shortPage: true, words, mostlyLinks, why: 'short page holding all of the feed text' };
  return no(`${words} words`);
}
