/**
 * Search's folding (`library/search/fold.ts`: canonical decomposition, combining marks dropped, lower case), done
 * faster for long text: a rule with a `text` condition folds every arriving article's text, and the regular
 * expression over the whole text that `fold` uses to drop marks costs more than the rest of the fold together. A
 * table of the Basic Multilingual Plane's marks replaces it; a text with astral characters (whose marks the table
 * does not hold) takes `fold` itself. tests/core/rules/fold-text.test.ts checks the two agree.
 */
import { fold } from '../library/search/fold';

let marks: Uint8Array | null = null;
const ASTRAL = /[\ud800-\udfff]/;

function markTable(): Uint8Array {
  if (marks) return marks;
  const table = new Uint8Array(0x10000);
  const mark = /\p{M}/u;
  for (let unit = 0; unit < 0x10000; unit += 1)
    if (unit < 0xd800 || unit > 0xdfff) table[unit] = mark.test(String.fromCharCode(unit)) ? 1 : 0;
  marks = table;
  return table;
}

export function foldText(text: string): string {
  if (ASTRAL.test(text)) return fold(text);
  const table = markTable();
  const decomposed = text.normalize('NFD');
  let out = '';
  let start = 0;
  for (let i = 0; i < decomposed.length; i += 1) {
    if (table[decomposed.charCodeAt(i)] === 1) {
      if (i > start) out += decomposed.slice(start, i);
      start = i + 1;
    }
  }
  return (start === 0 ? decomposed : out + decomposed.slice(start)).toLowerCase();
}
