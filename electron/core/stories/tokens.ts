/**
 * The tokens of an article's title or lead for story grouping, and the days it names (day-markers.ts), in one
 * pass. The text is folded once as the search index folds (case, and every combining mark: diacritics, Arabic
 * short vowels and the hamza and madda of أ إ آ ؤ ئ; Hangul recomposes), then each word is tokenised by its own
 * script, so a Korean article quoting an English name is handled word by word without trusting the article's
 * declared language: Hangul by korean-tokens.ts, Arabic by arabic-tokens.ts, Chinese and Japanese (the runs the
 * search index segments: db/segment.ts) as character pairs, everything else by english-tokens.ts. Numbers are
 * tokens, in one spelling (numbers.ts). This runs for every new article inside the sync's store step: one
 * normalisation and one regular expression over the text, a table lookup per word.
 */
import { needsSegmenting } from '../db/segment';
import { arabicToken, foldArabicLetters } from './arabic-tokens';
import { arabicDay, englishDay, koreanDate, koreanWeekday } from './day-markers';
import { latinToken } from './english-tokens';
import { koreanToken } from './korean-tokens';
import { asciiDigits, canonicalNumbers } from './numbers';

const ASCII = /^\p{ASCII}*$/u;
const MARKS = /\p{M}+/gu;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const HANGUL = /[\uac00-\ud7a3]/;
/** A word: a number (with a decimal part), or a run of letters. */
const WORD = /\d+(?:\.\d+)?|\p{L}+/gu;
/** Korean counts written "3천", "2만": the multiplier is part of the figure. */
const KOREAN_MULTIPLIED = /(\d+(?:\.\d+)?)(천|만)/g;
const KOREAN_MULTIPLIERS: Record<string, number> = { 천: 1000, 만: 10000 };

export interface ReadText {
  tokens: string[];
  days: Set<string>;
}

const BEYOND_LATIN = /[^\p{ASCII}\u0080-\u024f]/u;
const ACCENTED_LATIN = /[\u00c0-\u024f]/g;
/** Each accented Latin letter (Latin-1 to Latin Extended-B) without its marks: one lookup instead of NFD and NFC. */
const LATIN_FOLDS = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code += 1) {
  const letter = String.fromCharCode(code);
  const bare = letter.normalize('NFD').replace(MARKS, '');
  if (bare !== letter) LATIN_FOLDS.set(letter, bare);
}

/** Lower case, combining marks off (NFD, then NFC so Hangul syllables come back), Arabic letters in one spelling. */
export function foldForStories(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  if (!BEYOND_LATIN.test(text))
    return text.toLowerCase().replace(ACCENTED_LATIN, (letter) => LATIN_FOLDS.get(letter) ?? letter);
  let folded = text.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase();
  if (ARABIC_SCRIPT.test(folded)) folded = foldArabicLetters(asciiDigits(folded));
  if (folded.includes('천') || folded.includes('만'))
    folded = folded.replace(
      KOREAN_MULTIPLIED,
      (_, figure: string, unit: string) => ` ${Math.round(Number(figure) * KOREAN_MULTIPLIERS[unit]!)} `,
    );
  return folded;
}

/**
 * A Korean word as its pairs of adjacent syllables: Korean compounds nouns freely ("해송군수" is "해송" + "군수",
 * "서문시장" + "인근"), and outlets write one name joined or spaced, so the pairs meet where whole words would not.
 * A word of one or two syllables is its own token.
 */
export function syllableBigrams(word: string, into: string[] = []): string[] {
  if (word.length <= 2) into.push(word);
  else for (let at = 0; at + 2 <= word.length; at += 1) into.push(word.slice(at, at + 2));
  return into;
}

/**
 * Chinese, Japanese (and Thai, Lao, Khmer, Burmese) runs as overlapping pairs of characters, the usual unit for
 * matching CJK text without a dictionary (as Lucene's CJK analyzer does). The search index segments these scripts
 * with ICU's dictionary (db/segment.ts), but that costs some microseconds a character, too much for every new
 * article in the store step; pairs meet wherever the dictionary's words would, and a little more.
 */
export function cjkBigrams(run: string, into: string[] = []): string[] {
  if (run.length <= 2) into.push(run);
  else for (let at = 0; at + 2 <= run.length; at += 1) into.push(run.slice(at, at + 2));
  return into;
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** Tokens and named days of one text, adding to `into` when given (title and lead share the days). */
export function readText(text: string, into: ReadText = { tokens: [], days: new Set() }): ReadText {
  const folded = canonicalNumbers(foldForStories(text));
  const { tokens, days } = into;
  // A word that starts in Latin letters and ends in Hangul ("LG전", "K리그") is Korean.
  const hasHangul = HANGUL.test(folded);
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const code = word.charCodeAt(0);
    if (code <= 0x39 && code >= 0x30) {
      tokens.push(word);
      if (folded.charCodeAt(match.index + word.length) === 0xc77c /* 일 */) {
        const date = koreanDate(word);
        if (date) days.add(date);
      }
      continue;
    }
    let token: string | undefined;
    let day: string | undefined;
    if (isHangul(code) || (hasHangul && HANGUL.test(word))) {
      day = koreanWeekday(word);
      token = koreanToken(word);
      if (token !== undefined) syllableBigrams(token, tokens);
      if (day) days.add(day);
      continue;
    }
    if (code >= 0x0600 && code <= 0x06ff) {
      day = arabicDay(word);
      token = arabicToken(word);
    } else if (code >= 0x0e00 && needsSegmenting(word)) {
      cjkBigrams(word, tokens);
      continue;
    } else {
      day = englishDay(word);
      token = latinToken(word);
    }
    if (day) days.add(day);
    if (token !== undefined) tokens.push(token);
  }
  return into;
}

/** The text's tokens in order, repeats kept (the caller weighs them). */
export function storyTokens(text: string): string[] {
  return readText(text).tokens;
}

/** The days a text names (day-markers.ts). */
export function dayMarkers(text: string): Set<string> {
  return readText(text).days;
}
