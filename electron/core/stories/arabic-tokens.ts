/**
 * Arabic words as story tokens. Outlets differ in hamza spelling, final ya and ta marbuta, tatweel and the short
 * vowels they write, and Arabic fuses the definite article and one-letter conjunctions and prepositions to the
 * word ("والحكومة", "بالحكومة", "للحكومة" all hold "حكومة"). So: the letters are folded to one spelling, then a
 * light stemmer in the manner of Larkey's light10 takes off those prefixes and the commonest suffixes, only when
 * enough of the word is left to keep it distinct.
 */
import { ARABIC_STOPWORDS } from './stopwords';

const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/** One spelling for the letters outlets write differently; short vowels and tatweel off. */
export function foldArabic(word: string): string {
  return word
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '');
}

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** The word's stem: conjunction, article and one suffix off, each only when at least three letters remain. */
export function stemArabic(folded: string): string {
  let word = folded;
  if (word.length >= 4 && word.startsWith('و')) word = word.slice(1);
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 2) {
      word = word.slice(article.length);
      break;
    }
  }
  if (word === folded && word.length >= 5 && /^[بلف]/.test(word)) word = word.slice(1);
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word;
}

/** The token for one Arabic word, or undefined for a stopword. */
export function arabicToken(word: string): string | undefined {
  const folded = foldArabic(word);
  if (folded.length === 0 || ARABIC_STOPWORDS.has(folded)) return undefined;
  const stem = stemArabic(folded);
  if (ARABIC_STOPWORDS.has(stem) || stem.length < 2) return undefined;
  return stem;
}
