/**
 * Whether an article's feed text is only a teaser for the page it links to: short, cut off with an
 * ellipsis, or ending in a "Read more" link. Pure: the article view asks it to decide whether to offer
 * the full text. An article whose full text is already kept is never a teaser.
 */
import type { Article } from '@contract/library-models';

export type TeaserReason = 'short' | 'ellipsis' | 'read-more';

/** Below this many words a feed text is a summary, not the article (a short news item runs 150 and up). */
export const TEASER_WORDS = 80;

const ELLIPSIS_END = /(?:\.{3}|…)\s*[\])»]?$/u;

// The links publishers end a summary with, in the languages Broadsheet is read in most; the phrase must start
// its line or follow a sentence's end or a bracket, and what follows is either a mark ("Read more »") or a
// title that ends no sentence ("Continue reading The harbour →"): "read more about it at our site." closes a
// full article, it does not cut one off.
const READ_MORE_PHRASES = [
  'read more',
  'read the (?:full|rest|whole)',
  'read full',
  'continue reading',
  'keep reading',
  'weiterlesen',
  'lire la suite',
  'leer más',
  '더\\s?보기',
  '기사\\s?더보기',
  'اقرأ المزيد',
  '続きを読む',
];
const PHRASE = `(?:${READ_MORE_PHRASES.join('|')})`;
const READ_MORE_END = new RegExp(
  `(?:(?:^|[\\n.!?…»\\]\\[(|–—-])\\s*${PHRASE}(?:[^\\p{L}\\p{N}]{0,4}|[^.!?\\n]{0,160})|\\s${PHRASE}[^\\p{L}\\p{N}]{0,4})$`,
  'iu',
);
// "… more", "[more]", "more »": the bare word only as the whole last link.
const MORE_END = /(?:^|…|\.{3}|\[|\|)\s*more\s*(?:»|›|→|\]|…|\.{3})?$/iu;

export function teaserReason(
  article: Pick<Article, 'wordCount' | 'text' | 'contentHtml' | 'fullTextHtml'>,
): TeaserReason | null {
  if (article.fullTextHtml) return null;
  // Only the end can cut a text off; a long text is not scanned whole.
  const text = article.text.slice(-400).trim();
  if (READ_MORE_END.test(text) || MORE_END.test(text)) return 'read-more';
  if (ELLIPSIS_END.test(text)) return 'ellipsis';
  if (article.wordCount < TEASER_WORDS) return 'short';
  return null;
}
