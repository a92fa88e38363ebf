/**
 * The languages an export carries: each article's own `lang` and `dir`, and
 * the document's (HTML) or book's (EPUB) when the articles agree. Stored
 * languages are made valid BCP 47 first (an unchecked article may still hold
 * a feed's `en_US` or worse): an invalid `xml:lang` would make epubcheck
 * refuse the book. The app's own words in an export are English, so that is
 * the language of a collection whose articles disagree or are unknown.
 */
import { textDirection, type TextDirection } from '../../api/text-direction';
import { normalizeLanguage, primaryLanguage } from '../language/language-tag';
import { escapeXmlAttribute } from '../xml/xml-escape';

export const EXPORT_UI_LANGUAGE = 'en';

export function exportLanguage(stored: string | null): string | null {
  return normalizeLanguage(stored);
}

export interface CollectionLanguage {
  /** The language every article is in (their common primary language when the tags differ), or null. */
  shared: string | null;
  /** Every known language, the most used first (EPUB lists them all as `dc:language`). */
  all: string[];
  /** The direction every article is written in, when they all agree and are all known. */
  direction: TextDirection | null;
}

export function collectionLanguage(stored: readonly (string | null)[]): CollectionLanguage {
  const languages = stored.map(exportLanguage);
  const counts = new Map<string, number>();
  for (const language of languages) if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  const all = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
  const known = languages.every((language) => language !== null) && languages.length > 0;
  const primaries = new Set(all.map(primaryLanguage));
  const shared = known && primaries.size === 1 ? (all.length === 1 ? all[0]! : [...primaries][0]!) : null;
  const directions = new Set(languages.map(textDirection));
  const direction = directions.size === 1 ? ([...directions][0] ?? null) : null;
  return { shared, all, direction };
}

/**
 * ` lang="…" dir="…"` for an element holding one article's text (with `xml:lang` too in XHTML); an unknown language
 * lets the reader's software find the direction from the text.
 */
export function languageAttributes(stored: string | null, options: { xhtml?: boolean } = {}): string {
  const language = exportLanguage(stored);
  const direction = textDirection(language);
  if (!language) return ' dir="auto"';
  const lang = escapeXmlAttribute(language);
  return `${options.xhtml ? ` xml:lang="${lang}"` : ''} lang="${lang}" dir="${direction ?? 'auto'}"`;
}
