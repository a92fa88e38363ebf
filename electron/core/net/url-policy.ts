/**
 * Which addresses Broadsheet fetches and which redirects it follows.
 * Checked on the first URL and again on every hop, because a redirect is
 * just as hostile as the feed that sent it.
 */

export type UrlVerdict =
  { ok: true; url: URL } | { ok: false; code: 'INVALID_URL' | 'UNSUPPORTED_SCHEME' | 'BAD_REDIRECT'; scheme?: string };

const fetchable = new Set(['http:', 'https:']);

export function checkFetchUrl(raw: string): UrlVerdict {
  const url = URL.parse(raw.trim());
  if (!url) return { ok: false, code: 'INVALID_URL' };
  if (!fetchable.has(url.protocol)) return { ok: false, code: 'UNSUPPORTED_SCHEME', scheme: url.protocol };
  if (!url.hostname) return { ok: false, code: 'INVALID_URL' };
  return { ok: true, url: withoutFragment(url) };
}

/**
 * Resolves a Location header against the URL that sent it.
 *
 * Allowed: http→http, https→https and the upgrade http→https.
 * Refused: anything that is not http(s) (file:, data:, ftp:, javascript: …)
 * and the downgrade https→http — the issue says "never to another scheme",
 * and a downgrade would let anyone on the path rewrite a feed the reader
 * subscribed to over a secure address. A reader who really wants the http
 * address can subscribe to it directly.
 */
export function checkRedirect(from: URL, location: string): UrlVerdict {
  const url = URL.parse(location.trim(), from.href);
  if (!url || (fetchable.has(url.protocol) && !url.hostname)) return { ok: false, code: 'BAD_REDIRECT' };
  if (!fetchable.has(url.protocol)) return { ok: false, code: 'BAD_REDIRECT', scheme: url.protocol };
  if (from.protocol === 'https:' && url.protocol === 'http:')
    return { ok: false, code: 'BAD_REDIRECT', scheme: 'http:' };
  return { ok: true, url: withoutFragment(url) };
}

/** Fragments never go on the wire; dropping them keeps stored URLs stable. */
function withoutFragment(url: URL): URL {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy;
}
