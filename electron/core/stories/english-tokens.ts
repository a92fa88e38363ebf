/**
 * Latin-script words as story tokens: folded as the search index folds (case and diacritics, like
 * library/search/fold.ts), English stopwords off, and the plural "s" taken off so "jobs" meets "job" (a
 * possessive's "s" is already a word of its own once apostrophes split words). Crude on purpose: both sides of
 * a comparison are stemmed the same way, so a wrong stem only matters if it joins two different words.
 */
import { ENGLISH_STOPWORDS } from './stopwords';

const MARKS = /\p{M}/gu;

export function foldLatin(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:xes|ches|shes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The token for one Latin-script word (already folded), or undefined for a stopword. */
export function latinToken(folded: string): string | undefined {
  if (ENGLISH_STOPWORDS.has(folded)) return undefined;
  const stem = singular(folded);
  if (ENGLISH_STOPWORDS.has(stem)) return undefined;
  return stem;
}
