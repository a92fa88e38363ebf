/**
 * Language tags as feeds and pages write them (`en_GB`, `EN-us`, `de, en`)
 * made into one BCP 47 form (`en-GB`), and the primary language two tags
 * share. Anything that is not a tag is no language at all.
 */
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_LENGTH = 35;

/** Old and macro-language codes that name the same language as the detector's code. */
const SAME_LANGUAGE: Readonly<Record<string, string>> = { iw: 'he', ji: 'yi', in: 'id', nb: 'no', nn: 'no', fil: 'tl' };

/** `en_GB` (Open Graph) and `en-gb` (HTML) both become `en-GB`. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  const value = raw
    ?.trim()
    .split(/[,;\s]/)[0]
    ?.replaceAll('_', '-');
  if (!value || value.length > MAX_LENGTH || !TAG.test(value)) return null;
  const [primary, ...rest] = value.split('-');
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** `en-GB` → `en`; old codes become the current ones (`iw` → `he`), so two spellings of one language agree. */
export function primaryLanguage(tag: string): string {
  const primary = tag.split('-')[0]!.toLowerCase();
  return SAME_LANGUAGE[primary] ?? primary;
}
