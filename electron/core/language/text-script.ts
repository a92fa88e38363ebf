/**
 * The script most of a text's letters are written in, as an ISO 15924 code
 * that `Intl.Locale#maximize` also gives for a language (`Latn`, `Arab`,
 * `Jpan`…). Letters are counted in runs, so a title costs one regex pass.
 * Han, kana and Hangul count three times: one such character carries about
 * what three Latin letters do, so "Apple、新型iPhoneを発表" is Japanese.
 */
const SCRIPTS = [
  ['Latn', 'Latin'],
  ['Cyrl', 'Cyrillic'],
  ['Arab', 'Arabic'],
  ['Hebr', 'Hebrew'],
  ['Grek', 'Greek'],
  ['Hang', 'Hangul'],
  ['Kana', 'Hiragana'],
  ['Kana', 'Katakana'],
  ['Hani', 'Han'],
  ['Armn', 'Armenian'],
  ['Geor', 'Georgian'],
  ['Syrc', 'Syriac'],
  ['Thaa', 'Thaana'],
  ['Deva', 'Devanagari'],
  ['Beng', 'Bengali'],
  ['Guru', 'Gurmukhi'],
  ['Gujr', 'Gujarati'],
  ['Orya', 'Oriya'],
  ['Taml', 'Tamil'],
  ['Telu', 'Telugu'],
  ['Knda', 'Kannada'],
  ['Mlym', 'Malayalam'],
  ['Sinh', 'Sinhala'],
  ['Thai', 'Thai'],
  ['Laoo', 'Lao'],
  ['Khmr', 'Khmer'],
  ['Mymr', 'Myanmar'],
  ['Tibt', 'Tibetan'],
  ['Ethi', 'Ethiopic'],
] as const;

/** One group per script: a run of its letters (and marks, so niqqud and harakat stay with their letters). */
const RUNS = new RegExp(SCRIPTS.map(([, name]) => `([\\p{Script=${name}}&&[\\p{L}\\p{M}]]+)`).join('|'), 'gv');
const WEIGHT: Readonly<Record<string, number>> = { Hang: 3, Kana: 3, Hani: 3 };

export interface DominantScript {
  script: string;
  /** How many letters (with their weight) are in it. */
  letters: number;
}

/** The dominant script, `Jpan` when kana sit among the Han, `Kore` for Hangul; null when there are no letters. */
export function dominantScript(text: string): DominantScript | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(RUNS)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const script = SCRIPTS[group - 1]![0];
    counts.set(script, (counts.get(script) ?? 0) + match[0].length * (WEIGHT[script] ?? 1));
  }
  const kana = counts.get('Kana') ?? 0;
  const han = counts.get('Hani') ?? 0;
  // Japanese writes Han and kana together; a stray の in Chinese text does not make it Japanese.
  if (kana > 0 && kana * 15 >= han) {
    counts.delete('Kana');
    counts.delete('Hani');
    counts.set('Jpan', kana + han);
  }
  let best: string | null = null;
  let most = 0;
  for (const [script, count] of counts) {
    if (count > most) {
      best = script;
      most = count;
    }
  }
  if (best === null) return null;
  return { script: best === 'Hang' ? 'Kore' : best, letters: most };
}
