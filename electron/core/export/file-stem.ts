/**
 * A file name from a title, for exports and the Markdown files inside a zip:
 * the title's words, lower-cased and NFC-normalised, joined by dashes.
 * Letters keep their combining marks ("أكبر", "שָׁלוֹם", "हिन्दी", "tiếng"
 * stay whole: stripping marks turned "أكبر" into "ا-كبر"); everything else
 * (spaces, punctuation, emoji, slashes, dots, controls, bidi overrides)
 * separates words, so the result is never a path, never hidden, never
 * empty. It is cut at a whole character (grapheme) within 60 of them and
 * 150 UTF-8 bytes, which leaves room for a date, a counter and an extension
 * under the 255-byte name limit of common file systems.
 */
const MARK = String.raw`[[\p{Mn}\p{Mc}]--[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]]`;
/** A run of letters and digits with their marks; ZWNJ/ZWJ only between letters (Persian, Indic scripts need them). */
const WORD = new RegExp(String.raw`[\p{L}\p{N}]${MARK}*(?:[\u200C\u200D]?[\p{L}\p{N}]${MARK}*)*`, 'gv');
const MAX_GRAPHEMES = 60;
const MAX_BYTES = 150;
/** Names Windows reserves whatever their extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function fileStem(title: string): string {
  const words = title.toLowerCase().normalize('NFC').match(WORD) ?? [];
  let stem = '';
  let count = 0;
  let bytes = 0;
  for (const { segment } of GRAPHEMES.segment(words.join('-'))) {
    const size = Buffer.byteLength(segment);
    if (count === MAX_GRAPHEMES || bytes + size > MAX_BYTES) break;
    stem += segment;
    count += 1;
    bytes += size;
  }
  stem = stem.replace(/-+$/, '');
  if (stem === '') return 'export';
  return RESERVED.test(stem) ? `${stem}-export` : stem;
}
