/**
 * `lang` and `dir` for an article's own text (title, summary, body), from
 * the language the core chose for it: Arabic, Hebrew, Persian, Urdu… are laid
 * out right to left even when they begin with a Latin word ("iPhone", "BBC"),
 * which `dir="auto"` would read as left to right. An unknown language lets
 * the text decide.
 */
import { textDirection } from '@contract/text-direction';

export function languageAttributes(language: string | null): { lang: string | undefined; dir: 'ltr' | 'rtl' | 'auto' } {
  return { lang: language ?? undefined, dir: textDirection(language) ?? 'auto' };
}
