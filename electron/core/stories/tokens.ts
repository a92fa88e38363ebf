/**
 * The tokens of an article's title and lead for story grouping. Each word is tokenised by its own script, so a
 * Korean article quoting an English name, or an English one naming an Arabic newspaper, is handled word by word
 * without trusting the article's declared language: Hangul by korean-tokens.ts, Arabic script by
 * arabic-tokens.ts, Chinese and Japanese segmented into dictionary words as the search index does
 * (db/segment.ts), everything else by english-tokens.ts. Numbers are tokens, in one spelling (numbers.ts).
 */
import { queryWords, needsSegmenting } from '../db/segment';
import { arabicToken } from './arabic-tokens';
import { foldLatin, latinToken } from './english-tokens';
import { koreanToken } from './korean-tokens';
import { asciiDigits, canonicalNumbers } from './numbers';

const HANGUL = /\p{Script=Hangul}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** A word: a number (with a decimal part), or a run of letters and marks. */
const WORD = /\d+(?:\.\d+)?|[\p{L}\p{M}]+/gu;
/** Korean counts written "3천", "2만": the multiplier is part of the figure. */
const KOREAN_MULTIPLIED = /(\d+(?:\.\d+)?)(천|만)/g;
/** Arabic's stretching stroke is a letter to Unicode but no part of any word. */
const TATWEEL = /\u0640/g;
const KOREAN_MULTIPLIERS: Record<string, number> = { 천: 1000, 만: 10000 };

/**
 * A Korean word as its pairs of adjacent syllables: Korean compounds nouns freely ("해송군수" is "해송" + "군수",
 * "서문시장" + "인근"), and outlets write one name joined or spaced, so the pairs meet where whole words would not.
 * A word of one or two syllables is its own token.
 */
export function syllableBigrams(word: string): string[] {
  if (word.length <= 2) return [word];
  const pairs: string[] = [];
  for (let at = 0; at + 2 <= word.length; at += 1) pairs.push(word.slice(at, at + 2));
  return pairs;
}

function wordToken(word: string): string | undefined {
  if (/^\d/.test(word)) return word;
  if (HANGUL.test(word)) return koreanToken(word);
  if (ARABIC.test(word)) return arabicToken(word);
  return latinToken(foldLatin(word));
}

/** The text's tokens in order, repeats kept (the caller weighs them). */
export function storyTokens(text: string): string[] {
  const prepared = canonicalNumbers(asciiDigits(text.normalize('NFC').replace(TATWEEL, ''))).replace(
    KOREAN_MULTIPLIED,
    (_, figure: string, unit: string) => ` ${Math.round(Number(figure) * KOREAN_MULTIPLIERS[unit]!)} `,
  );
  const tokens: string[] = [];
  for (const match of prepared.matchAll(WORD)) {
    const word = match[0];
    const words = needsSegmenting(word) ? queryWords(word) : [word];
    for (const piece of words) {
      const token = wordToken(piece);
      if (token === undefined) continue;
      if (HANGUL.test(token)) tokens.push(...syllableBigrams(token));
      else tokens.push(token);
    }
  }
  return tokens;
}
