/**
 * Words for reading-time estimates: runs of letters and digits, with Chinese
 * and Japanese counted at about two characters a word. One pass over the
 * code points instead of matching Unicode-property regexes over the whole
 * text (which built an array of every word, the largest single cost of
 * storing an article); each BMP character is classified once per process.
 */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const UNKNOWN = 0;
const WORD = 1;
const IDEO = 2;
const OTHER = 3;
const bmpClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code += 1) bmpClass[code] = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;

function classify(char: string): number {
  // Ideographs are letters too; they are counted apart and break a run of other letters.
  if (IDEOGRAPH.test(char)) return IDEO;
  return WORD_CHAR.test(char) ? WORD : OTHER;
}

export function countWords(text: string): number {
  let runs = 0;
  let ideographs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      kind = classify(text.slice(i, i + 2));
      i += 1;
    } else {
      kind = bmpClass[unit]!;
      if (kind === UNKNOWN) kind = bmpClass[unit] = classify(text[i]!);
    }
    if (kind === IDEO) ideographs += 1;
    if (kind === WORD && !inRun) runs += 1;
    inRun = kind === WORD;
  }
  return runs + Math.ceil(ideographs / 2);
}
