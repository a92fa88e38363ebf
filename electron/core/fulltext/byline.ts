/**
 * A byline is a name: never a URL or an e-mail address, never the site's own name, without the "By" in front or
 * the date a layout glues on behind ("By Janelle Ortiz02 Mar 2026"). Sources are tried in order; the first that is
 * a name wins.
 */
const URL_LIKE = /^(?:https?:\/\/|www\.|\/)|^[^\s@]+@[^\s@]+\.[^\s@]+$|\.(?:com|org|net|fr|de|html?)(?:\/|$)/i;
/** "By", "von", "di", "par", "por", "door", "av", "بقلم"… at the start. */
const LEAD = /^(?:by|von|di|da|par|por|door|av|af|przez|από|bởi|بقلم|מאת)\s*:?\s+/i;
/** A date, time or reading time glued on after the name. */
const TRAIL =
  /\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+[A-Za-zÀ-ÿ]{3,}\.?\s+\d{4}|[A-Za-zÀ-ÿ]{3,}\.?\s+\d{1,2},?\s+\d{4}|\d+\s*min\b|•|·|\|).*$/u;
const MAX_CHARS = 120;

export function cleanByline(raw: string | null | undefined, siteNames: readonly (string | null)[] = []): string | null {
  if (!raw) return null;
  let text = raw.replace(/\s+/g, ' ').trim();
  if (URL_LIKE.test(text)) return null;
  text = text
    .replace(LEAD, '')
    .replace(TRAIL, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
  if (text === '' || text.length > MAX_CHARS || URL_LIKE.test(text) || !/\p{L}/u.test(text)) return null;
  const folded = text.toLowerCase();
  if (siteNames.some((name) => name && name.trim().toLowerCase() === folded)) return null;
  return text;
}

export function firstByline(
  candidates: readonly (string | null | undefined)[],
  siteNames: readonly (string | null)[],
): string | null {
  for (const candidate of candidates) {
    const name = cleanByline(candidate, siteNames);
    if (name) return name;
  }
  return null;
}
