/** URL resolution for feed fields: relative references against `xml:base` or the document URL. */

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// Links a reader might follow or fetch; script-bearing schemes never survive parsing.
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'livescript']);

export function hasScheme(ref: string): boolean {
  return SCHEME.test(ref);
}

/** Joins `ref` onto `base`; an already absolute `ref` is returned untouched. Undefined when it cannot be joined. */
export function resolveUrl(ref: string, base: string): string | undefined {
  if (hasScheme(ref)) return ref;
  if (!base) return undefined;
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

/**
 * A link as a reader should store it: absolute when a base is known, as written
 * when not, and '' when it would be a script URL.
 */
export function safeLink(ref: string, base: string): string {
  const trimmed = ref.trim();
  const resolved = resolveUrl(trimmed, base) ?? trimmed;
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const compact = [...resolved.slice(0, 64)].filter((ch) => ch > ' ').join('');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  return scheme && UNSAFE_SCHEMES.has(scheme) ? '' : resolved;
}

/** The base a document's own URL gives, or '' for anything but http(s) and file URLs. */
export function documentBase(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'file:'].includes(parsed.protocol) ? parsed.href : '';
  } catch {
    return '';
  }
}
