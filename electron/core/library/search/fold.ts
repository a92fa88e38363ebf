/**
 * Case and diacritic folding the way FTS5's unicode61 tokenizer with
 * remove_diacritics=2 folds, done in JavaScript so highlight offsets can be
 * computed against the original text ("Sao" finds "São" and highlights it).
 */
const MARKS = /\p{M}/gu;
const ASCII = /^\p{ASCII}*$/u;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export interface Folded {
  text: string;
  /**
   * map[i] is the offset in the original of folded unit i; one extra entry for
   * the end. null when folding kept every unit in place (the identity), so the
   * common case allocates nothing per word.
   */
  map: number[] | null;
}

export function foldWithMap(original: string): Folded {
  // Precomposed letters (é) fold to one unit (e), so most text folds length
  // for length and the map is the identity; only the rest is walked per char.
  const whole = ASCII.test(original) ? original.toLowerCase() : fold(original);
  if (whole.length === original.length) return { text: whole, map: null };
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const char of original) {
    const folded = fold(char);
    for (let unit = 0; unit < folded.length; unit += 1) map.push(i);
    text += folded;
    i += char.length;
  }
  map.push(original.length);
  return { text, map };
}

/** The offset in the original of folded unit `at` (the original's length past the end). */
export function originalOffset(folded: Folded, at: number, originalLength: number): number {
  if (folded.map === null) return Math.min(at, originalLength);
  return folded.map[at] ?? originalLength;
}
