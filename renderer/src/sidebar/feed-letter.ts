/**
 * A feed's lettered placeholder: the first character the reader would see in its title (a grapheme, so a Korean
 * syllable or an Arabic letter with its marks stays whole) and a hue derived from the title, so a feed keeps its
 * colour from one launch to the next without storing it.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Quotes, brackets and the like are skipped: "“Le Monde”" is an L, not a quotation mark. */
const LEADING_PUNCTUATION = /^[\p{P}\p{S}\p{Z}\s]+/u;

export function feedLetter(title: string): string {
  const text = title.replace(LEADING_PUNCTUATION, '');
  const first = segmenter.segment(text)[Symbol.iterator]().next();
  return first.done ? '•' : first.value.segment.toLocaleUpperCase();
}

/** 0–359, the same for the same title. */
export function feedHue(title: string): number {
  let hash = 0;
  for (const char of title) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  return hash % 360;
}
