/** How an address a person typed into "Add feed" is read, and how it is named in messages. */
import { feedAddress } from '../../api/url-policy/feed-address-policy';

/**
 * What a reader typed: `example.com`, `feed://…`, or a full URL. A bare host
 * means https; anything that names another scheme is refused (undefined).
 */
export function readTypedAddress(typed: string): string | undefined {
  let text = typed.trim();
  const feed = /^feed:(?:\/\/)?/i.exec(text);
  if (feed) {
    text = text.slice(feed[0].length);
    if (!/^https?:/i.test(text)) text = `http://${text}`;
  }
  if (!hasTypedScheme(text)) text = `https://${text}`;
  return feedAddress(text) ?? undefined;
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
