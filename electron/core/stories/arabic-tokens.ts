/**
 * Arabic words as story tokens. Outlets differ in hamza spelling, final ya and ta marbuta, tatweel and the short
 * vowels they write, and Arabic fuses the definite article and one-letter conjunctions and prepositions to the
 * word ("والحكومة", "بالحكومة", "للحكومة" all hold "حكومة"). So: the letters are folded to one spelling
 * (`foldArabicLetters`, after tokens.ts has taken the marks off: short vowels, and the hamza and madda that
 * decomposing أ إ آ ؤ ئ leaves), then a light stemmer in the manner of Larkey's light10 takes off those prefixes
 * and the commonest suffixes, only when enough of the word is left to keep it distinct.
 */
import { ARABIC_STOPWORDS } from './stopwords';

/** ٱ ى ة, the lone hamza and tatweel, in the spelling tokens compare (marks are already off). */
export function foldArabicLetters(text: string): string {
  return text.replace(/[ٱىةء\u0640]/g, (letter) =>
    letter === 'ٱ' ? 'ا' : letter === 'ى' ? 'ي' : letter === 'ة' ? 'ه' : '',
  );
}

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** The word's stem: conjunction, article and one suffix off, each only when enough of the word remains. */
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

/** The token for one folded Arabic word, or undefined for a stopword. */
export function arabicToken(folded: string): string | undefined {
  if (ARABIC_STOPWORDS.has(folded)) return undefined;
  const stem = stemArabic(folded);
  if (ARABIC_STOPWORDS.has(stem) || stem.length < 2) return undefined;
  return stem;
}
