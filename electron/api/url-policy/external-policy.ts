/**
 * Handing a URL to the system browser. Feed content is hostile, so anything
 * that is not a plain, credential-free, absolute http(s) URL is refused rather
 * than "cleaned": a URL that needed cleaning was not written for a person to
 * click. The same rule decides which addresses the library keeps (feeds, sites,
 * bookmarks), because every kept address is one the reader may open.
 */
import { checkWebUrl } from './url-rules';
import type { UrlVerdict } from './url-verdict';

export function checkExternalUrl(raw: unknown): UrlVerdict {
  return checkWebUrl(raw, { whitespace: 'refuse', credentials: 'refuse', fragment: 'keep' });
}
