/**
 * Which way a language is written, from its BCP 47 tag: the one answer the
 * article view, the lists and every export give to `dir`. The script comes
 * from the tag itself (`az-Arab`) or from the language's likely script
 * (`ar` → Arab, `ku` → Latn, `ckb` → Arab) as ICU knows it, so no hand-kept
 * list of languages can drift from what the browser would say. Unknown or
 * malformed tags answer null: the caller lets the text decide (`dir="auto"`).
 */
export type TextDirection = 'ltr' | 'rtl';

/** ISO 15924 scripts written right to left (current ones, and the historical ones ICU can name). */
const RIGHT_TO_LEFT_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
  'Armi',
  'Avst',
  'Chrs',
  'Elym',
  'Hatr',
  'Khar',
  'Lydi',
  'Mani',
  'Narb',
  'Nbat',
  'Palm',
  'Phli',
  'Phlp',
  'Phnx',
  'Prti',
  'Sarb',
  'Sogd',
  'Sogo',
]);

/** Feeds repeat a handful of tags; asking ICU once per tag keeps this off the per-article cost. Bounded for hostile feeds. */
const scripts = new Map<string, string | null>();
const MAX_REMEMBERED = 256;

/** The script a language tag is written in (`Latn`, `Arab`, `Jpan`…), or null when the tag names none. */
export function scriptOfLanguage(language: string | null | undefined): string | null {
  if (!language) return null;
  const known = scripts.get(language);
  if (known !== undefined) return known;
  let script: string | null;
  try {
    script = new Intl.Locale(language).maximize().script ?? null;
  } catch {
    script = null;
  }
  if (scripts.size >= MAX_REMEMBERED) scripts.clear();
  scripts.set(language, script);
  return script;
}

export function textDirection(language: string | null | undefined): TextDirection | null {
  const script = scriptOfLanguage(language);
  if (script === null) return null;
  return RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
