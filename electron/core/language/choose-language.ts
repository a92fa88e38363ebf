/**
 * Which language an article is in: the feed's declaration, checked against
 * the article's own title and summary. Feeds declare one language for every
 * item (an Arabic story in a feed that says `en` is common), so the text
 * wins when it clearly says otherwise; the declaration stays when the text
 * agrees (same primary language: `en-GB` is kept over a detected `en`) or
 * is too short to tell. A script that belongs to one language (Hangul, kana,
 * Hebrew, Greek, Thai…) answers without the detector; Latin, Cyrillic and
 * Arabic script need it (Arabic, Persian and Urdu share one script).
 */
import { scriptOfLanguage } from '../../api/text-direction';
import { normalizeLanguage, primaryLanguage } from './language-tag';
import { dominantScript } from './text-script';

/** `feed`: the declaration was kept; `text`: the language was read from the text; `none`: neither says. */
export type LanguageSource = 'feed' | 'text' | 'none';

export interface LanguageChoice {
  language: string | null;
  source: LanguageSource;
}

/** A statistical guess: ISO 639-1 code ('' when it has none) and whether the text was long and clear enough. */
export interface LanguageGuess {
  language: string;
  reliable: boolean;
}

export type LanguageDetector = (text: string) => LanguageGuess;

/** What the language is read from: the article's title and summary (its first 600 characters of text when the feed gave none). */
export interface LanguageSample {
  declared: string | null;
  title: string;
  summary: string | null;
}

/** Scripts written by one language only (in news, at least). */
const LANGUAGE_OF_SCRIPT: Readonly<Record<string, string>> = {
  Kore: 'ko',
  Jpan: 'ja',
  Hani: 'zh',
  Hebr: 'he',
  Grek: 'el',
  Thai: 'th',
  Armn: 'hy',
  Geor: 'ka',
  Thaa: 'dv',
  Sinh: 'si',
  Laoo: 'lo',
  Khmr: 'km',
  Mymr: 'my',
  Taml: 'ta',
  Telu: 'te',
  Knda: 'kn',
  Mlym: 'ml',
  Gujr: 'gu',
  Orya: 'or',
  Guru: 'pa',
  Tibt: 'bo',
};

/** Han characters are written in Chinese, Japanese and Korean alike. */
const HAN_LANGUAGES = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Kore']);

const NONE: LanguageChoice = { language: null, source: 'none' };

/** The detector reads at most 380 bytes; counting scripts further would cost time and tell nothing more. */
const SAMPLE_LENGTH = 400;
/** Fewer letters than this are too few for the detector, whatever it says ("Saved page" is not Croatian). */
const MIN_LETTERS = 16;

export function chooseLanguage(
  declaredTag: string | null | undefined,
  fullText: string,
  detect: LanguageDetector,
): LanguageChoice {
  const text = fullText.slice(0, SAMPLE_LENGTH);
  const declared = normalizeLanguage(declaredTag);
  const kept: LanguageChoice = declared ? { language: declared, source: 'feed' } : NONE;
  const dominant = dominantScript(text);
  if (dominant === null) return kept;
  const { script } = dominant;
  const fits = declared !== null && writtenIn(declared, script);
  const named = LANGUAGE_OF_SCRIPT[script];
  if (named) return fits ? kept : { language: named, source: 'text' };

  const detected = detect(text);
  const guess = { ...detected, reliable: detected.reliable && dominant.letters >= MIN_LETTERS };
  const guessFits = guess.language !== '' && writtenIn(guess.language, script);
  if (fits && (!guess.reliable || !guessFits || primaryLanguage(guess.language) === primaryLanguage(declared))) {
    return kept;
  }
  // A declaration the script contradicts is worth less than an unsure guess in the right script.
  if (guessFits && (guess.reliable || declared !== null)) return { language: guess.language, source: 'text' };
  return fits ? kept : NONE;
}

export function chooseArticleLanguage(sample: LanguageSample, detect: LanguageDetector): LanguageChoice {
  return chooseLanguage(sample.declared, sample.summary ? `${sample.title}\n${sample.summary}` : sample.title, detect);
}

/** Whether a language is written in the text's script; a tag whose script is unknown is given the benefit of the doubt. */
function writtenIn(language: string, script: string): boolean {
  const own = scriptOfLanguage(language);
  if (own === null) return true;
  if (script === 'Hani') return HAN_LANGUAGES.has(own);
  return own === script;
}
