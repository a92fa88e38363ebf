/**
 * Which addresses Broadsheet downloads (a feed, a page, a picture) and which
 * redirects it follows. Checked on the first URL and again on every hop,
 * because a redirect is just as hostile as the feed that sent it.
 *
 * Credentials in an address are never sent: the URL comes back without them
 * (a feed behind a login needs an account, not a password in its address).
 * Loopback and private addresses are allowed, as they always were: a reader
 * may run a feed server on their own machine or network.
 */
import { checkWebUrl } from './url-rules';
import { refuse, urlOrNull, type UrlVerdict } from './url-verdict';

/** A URL to download; `base` resolves a relative reference (a link found in a page). */
export function checkFetchUrl(raw: unknown, base?: string | null): UrlVerdict {
  return checkWebUrl(raw, { whitespace: 'trim', credentials: 'strip', fragment: 'drop', base });
}

/** The convenience form: the URL to download, or null. */
export function fetchableUrl(raw: unknown, base?: string | null): string | null {
  return urlOrNull(checkFetchUrl(raw, base));
}

/**
 * A Location header, resolved against the URL that sent it.
 *
 * Allowed: http→http, https→https and the upgrade http→https. Refused: anything
 * that is not http(s) (file:, data:, ftp:, javascript: …) and the downgrade
 * https→http — a downgrade would let anyone on the path rewrite a feed the
 * reader subscribed to over a secure address. A reader who really wants the
 * http address can subscribe to it directly.
 */
export function checkRedirect(from: string, location: unknown): UrlVerdict {
  const verdict = checkFetchUrl(location, from);
  if (verdict.allowed && /^https:/i.test(from) && verdict.url.startsWith('http:'))
    return refuse('downgrade', 'redirect from https to http', 'http:');
  return verdict;
}
