/**
 * The one policy for handing a URL to the system browser. Feed content is
 * hostile, so anything that is not a plain, credential-free http(s) URL is
 * refused rather than "cleaned": a URL that needed cleaning was not written
 * for a person to click.
 */
const MAX_URL_LENGTH = 8192;
// Whitespace, control characters and invisible format characters: none belongs
// in a URL a person clicks, and browsers silently drop some of them
// ("java\tscript:"), which is how filters get bypassed.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/u;

export type ExternalUrlVerdict = { allowed: true; url: string } | { allowed: false; reason: string };

export function checkExternalUrl(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string' || raw.length === 0) return refuse('not a URL');
  if (raw.length > MAX_URL_LENGTH) return refuse('URL is too long');
  if (FORBIDDEN_CHARACTERS.test(raw)) return refuse('URL contains whitespace or control characters');
  if (raw.includes('\\')) return refuse('URL contains a backslash');

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not an absolute URL');
  }
  // Require the scheme to be spelled out as written, not inferred.
  const scheme = raw.slice(0, raw.indexOf(':')).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return refuse(`scheme "${scheme}:" is not allowed`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('only http and https links open');
  if (!/^https?:\/\/[^/]/i.test(raw)) return refuse('URL has no host');
  // Any `@` in the authority, even with empty credentials ("https://@host"), is
  // the trick that makes "https://bank.example@evil.example" read as the bank.
  if (authorityOf(raw).includes('@') || url.username !== '' || url.password !== '')
    return refuse('URL carries credentials');
  if (!/[\p{L}\p{N}]/u.test(url.hostname)) return refuse('URL has no host');
  return { allowed: true, url: url.href };
}

export function isSafeExternalUrl(raw: unknown): boolean {
  return checkExternalUrl(raw).allowed;
}

/** The raw text between "scheme://" and the first "/", "?" or "#". */
function authorityOf(raw: string): string {
  const start = raw.indexOf('//') + 2;
  const rest = raw.slice(start);
  const end = rest.search(/[/?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

function refuse(reason: string): ExternalUrlVerdict {
  return { allowed: false, reason };
}
