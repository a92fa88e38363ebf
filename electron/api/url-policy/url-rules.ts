/**
 * The rules every URL policy is built from. Each policy (fetching, following a
 * redirect, offering a feed address, opening externally, showing in an
 * article, writing into an export) picks its options here, so a rule is
 * written once and the policies can only differ where a purpose needs them
 * to: see README.md for the table.
 *
 * Pure: no Node, DOM or Electron, only the WHATWG `URL` every runtime has.
 */
import { refuse, type UrlRefusal, type UrlVerdict } from './url-verdict';

export const MAX_URL_LENGTH = 8192;

// Control characters (C0, DEL, C1): browsers silently drop some of them ("java\tscript:"),
// which is how filters get bypassed.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Invisible format characters: a zero-width joiner or a right-to-left override makes a URL read as another.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/u;
const WHITESPACE = /\s/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// The authority as written: between "scheme://" (or a leading "//") and the first "/", "?" or "#".
const AUTHORITY = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i;

export interface TextRules {
  /** `refuse`: any whitespace at all; `trim`: the ends are trimmed and the parser encodes the rest. */
  whitespace: 'refuse' | 'trim';
}

/** The text to parse, or why it is not one: type, length, hidden characters, backslashes. */
export function readUrlText(raw: unknown, rules: TextRules): string | UrlRefusal {
  if (typeof raw !== 'string' || raw.length === 0) return refuse('not-a-url', 'not a URL');
  if (raw.length > MAX_URL_LENGTH) return refuse('too-long', 'URL is too long');
  // Checked before trimming: a control or invisible character at either end is as suspect as one inside.
  if (CONTROL.test(raw) || INVISIBLE.test(raw) || (rules.whitespace === 'refuse' && WHITESPACE.test(raw)))
    return refuse('characters', 'URL contains whitespace or control characters');
  const text = rules.whitespace === 'trim' ? raw.trim() : raw;
  if (text === '') return refuse('not-a-url', 'not a URL');
  // Browsers read "\" as "/" in web URLs, so "https:\\evil.example" and "https://good\@evil" mislead a reader.
  if (text.includes('\\')) return refuse('backslash', 'URL contains a backslash');
  return text;
}

/** The scheme as written ("JaVaScRiPt" → "javascript"), or null for a relative reference. */
export function writtenScheme(text: string): string | null {
  return SCHEME.exec(text)?.[1]?.toLowerCase() ?? null;
}

/** The authority as written, or null when the text has none (a path, or "https:host"). */
export function writtenAuthority(text: string): string | null {
  return AUTHORITY.exec(text)?.[1] ?? null;
}

/** Parses `text`, resolving a relative reference against `base` when the policy allows one. */
export function parseUrl(text: string, base: string | null | undefined): URL | UrlRefusal {
  try {
    return new URL(text, base ?? undefined);
  } catch {
    return refuse('malformed', base || writtenScheme(text) ? 'not a valid URL' : 'not an absolute URL');
  }
}

/** Both the scheme as written and the one parsed must be allowed; scheme-relative text takes the base's. */
export function checkScheme(text: string, url: URL, allowed: readonly string[]): UrlRefusal | null {
  const written = writtenScheme(text);
  if (written !== null && !allowed.includes(written))
    return refuse('scheme', `scheme "${written}:" is not allowed`, url.protocol);
  if (!allowed.includes(url.protocol.slice(0, -1)))
    return refuse('scheme', `only ${allowed.join(' and ')} links open`, url.protocol);
  return null;
}

export interface WebRules extends TextRules {
  /** Relative references resolve against this; without one only absolute URLs pass. */
  base?: string | null;
  /** `refuse`: any "@" in the authority; `strip`: the URL is used without them (they are never sent). */
  credentials: 'refuse' | 'strip';
  /** `drop`: fragments never go on the wire, and dropping them keeps stored URLs stable. */
  fragment: 'keep' | 'drop';
}

const WEB_SCHEMES = ['http', 'https'] as const;

/** The shared http(s) chain: text, parse, scheme, a host that is written and real, credentials. */
export function checkWebUrl(raw: unknown, rules: WebRules): UrlVerdict {
  const text = readUrlText(raw, rules);
  if (typeof text !== 'string') return text;
  const url = parseUrl(text, rules.base);
  if (!(url instanceof URL)) return url;
  const scheme = checkScheme(text, url, WEB_SCHEMES);
  if (scheme) return scheme;
  const authority = writtenAuthority(text);
  // "https:host", "https:/host" and "https:///host" all parse, but only "https://host" says which host it means.
  if ((writtenScheme(text) !== null && authority === null) || authority === '')
    return refuse('no-host', 'URL has no host');
  // Any "@" in the authority, even with empty credentials ("https://@host"), is the trick that makes
  // "https://bank.example@evil.example" read as the bank.
  const credentials = (authority ?? '').includes('@') || url.username !== '' || url.password !== '';
  if (credentials && rules.credentials === 'refuse') return refuse('credentials', 'URL carries credentials');
  if (!/[\p{L}\p{N}]/u.test(url.hostname)) return refuse('no-host', 'URL has no host');
  url.username = '';
  url.password = '';
  if (rules.fragment === 'drop') url.hash = '';
  return { allowed: true, url: url.href };
}
