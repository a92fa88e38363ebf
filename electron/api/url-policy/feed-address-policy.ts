/**
 * Which addresses "Add feed" may offer: what the reader typed, the feeds a page
 * links to, and where each candidate ended up after redirects. They are
 * downloaded like any fetch and then kept in the library, so credentials are
 * refused rather than dropped: a password typed into an address must neither
 * be lost silently nor stored.
 */
import { checkWebUrl } from './url-rules';
import { urlOrNull, type UrlVerdict } from './url-verdict';

/** `base` resolves a relative reference (a `<link href>` against the page that had it). */
export function checkFeedAddress(raw: unknown, base?: string | null): UrlVerdict {
  return checkWebUrl(raw, { whitespace: 'trim', credentials: 'refuse', fragment: 'drop', base });
}

/** The convenience form: the address to offer, or null. */
export function feedAddress(raw: unknown, base?: string | null): string | null {
  return urlOrNull(checkFeedAddress(raw, base));
}
