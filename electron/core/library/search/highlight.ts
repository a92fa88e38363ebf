/**
 * Highlight ranges are offsets into the plain text (UTF-16 code units, the way
 * JavaScript indexes strings), never markup, so the UI renders them as text
 * and nothing from a feed can smuggle HTML through a search result.
 */
import { foldWithMap, originalOffset, type Folded } from './fold';
import type { QueryTerm } from './query';

export interface Range {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

// Folding (NFD, marks removed, lower case) was most of a search's JavaScript
// time: every word of every hit's body up to its first match. Words repeat
// (a few thousand make most of any text), so their foldings are kept, up to
// a bound that keeps this a few megabytes.
const FOLDED_WORDS_KEPT = 50_000;
const foldedWords = new Map<string, Folded>();

function foldWord(word: string): Folded {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_KEPT) foldedWords.clear();
    folded = foldWithMap(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

export function highlight(text: string, terms: QueryTerm[], limit = 50): Range[] {
  const ranges: Range[] = [];
  for (const run of text.matchAll(WORD)) {
    const offset = run.index;
    const word = foldWord(run[0]);
    const folded = word.text;
    for (const term of terms) {
      if (term.cjk) {
        // CJK words sit inside longer runs; mark exactly the matching characters.
        for (let at = folded.indexOf(term.word); at >= 0; at = folded.indexOf(term.word, at + 1)) {
          ranges.push({
            start: offset + originalOffset(word, at, run[0].length),
            end: offset + originalOffset(word, at + term.word.length, run[0].length),
          });
        }
      } else if (term.prefix ? folded.startsWith(term.word) : folded === term.word) {
        ranges.push({ start: offset, end: offset + run[0].length });
      }
    }
    if (ranges.length >= limit) break;
  }
  return merge(ranges);
}

/** Offset of the first matching word, or -1; stops early on long bodies. */
export function firstMatch(text: string, terms: QueryTerm[]): number {
  const [first] = highlight(text, terms, 1);
  return first ? first.start : -1;
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** A window of the body around the first match, with its own ranges. */
export function snippet(text: string, terms: QueryTerm[], size = 240): { text: string; highlights: Range[] } {
  const at = firstMatch(text, terms);
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(size / 3));
  // Start at a word boundary when one is near, so the snippet does not open mid-word.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < (at < 0 ? start + 20 : at)) start = space + 1;
  }
  const window = text.slice(start, start + size);
  return { text: window, highlights: highlight(window, terms) };
}
