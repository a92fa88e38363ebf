/**
 * FTS5's unicode61 tokenizer splits words at spaces and punctuation, which
 * leaves a whole Chinese or Japanese sentence (and Thai, Lao, Khmer, Burmese)
 * as one token. Before such text reaches the index we let ICU's dictionary
 * word breaker (Intl.Segmenter, built into Node and Electron) put spaces
 * between words, and do the same to queries, so both sides agree.
 * Korean already separates words with spaces; its particles and endings are
 * handled by matching Hangul query words as prefixes (see query.ts).
 */
const NEEDS_SEGMENTING =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Every script above starts at U+0E00 (Thai) or later; a plain range test rules most text out cheaply.
const BEYOND_THAI_START = /[\u0e00-\uffff]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function needsSegmenting(text: string): boolean {
  return BEYOND_THAI_START.test(text) && NEEDS_SEGMENTING.test(text);
}

/** Whether a word is CJK, where words are matched as prefixes and substrings. */
export function isCjkWord(word: string): boolean {
  return CJK.test(word);
}

/** The text as the index should see it: dictionary words separated by spaces. */
export function segmentForIndex(text: string): string {
  if (!needsSegmenting(text)) return text;
  let out = '';
  for (const piece of segmenter.segment(text)) {
    out += piece.isWordLike ? ` ${piece.segment} ` : piece.segment;
  }
  return out;
}

/** The words of a query fragment, split the same way the index was. */
export function queryWords(text: string): string[] {
  const words: string[] = [];
  for (const piece of segmenter.segment(text)) {
    if (piece.isWordLike) words.push(piece.segment);
  }
  return words;
}
