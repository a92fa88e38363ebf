/** URL checks for discovery: what may be fetched, and how an address a person typed is read. */
import { checkExternalUrl } from '../../api/external-url';

/** `ref` resolved against `base`, when the result is a plain http(s) URL; undefined otherwise. */
export function safeHttpUrl(ref: string, base?: string): string | undefined {
  let resolved: string;
  try {
    resolved = new URL(ref.trim(), base).href;
  } catch {
    return undefined;
  }
  const verdict = checkExternalUrl(resolved);
  if (!verdict.allowed) return undefined;
  const url = new URL(verdict.url);
  url.hash = '';
  return url.href;
}

/**
 * What a reader typed into "Add feed": `example.com`, `feed://…`, or a full
 * URL. A bare host means https; anything that names another scheme is refused.
 */
export function readTypedAddress(typed: string): string | undefined {
  let text = typed.trim();
  const feed = /^feed:(?:\/\/)?/i.exec(text);
  if (feed) {
    text = text.slice(feed[0].length);
    if (!/^https?:/i.test(text)) text = `http://${text}`;
  }
  if (!hasTypedScheme(text)) text = `https://${text}`;
  return safeHttpUrl(text);
}

/** Whether the reader wrote a scheme (`https://…`, `feed:…`), rather than a bare host or path. */
export function hasTypedScheme(typed: string): boolean {
  const text = typed.trim();
  // "example.com:8080/feed" looks like scheme "example.com:"; a port after the colon says it is a host.
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/?#]+:\d+(?:[/?#]|$)/.test(text);
}

/** The host, for messages ("No feeds found at example.com"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
