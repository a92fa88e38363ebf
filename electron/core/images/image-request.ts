/**
 * The key in a request for a cached image, read from the raw URL text with
 * one exact pattern: no dot segments, percent-encoding, extra path, query or
 * fragment can get through, because anything but `<prefix><64 key
 * characters>` is refused before it is parsed or decoded.
 */
import { IMAGE_CACHE_SCHEME } from '../../api/csp';
import { IMAGE_CACHE_HOST, PREVIEW_IMAGE_ROUTE } from './cache-url';

const KEY = '([A-Za-z0-9_-]{64})';
const PROTOCOL_URL = new RegExp(`^${IMAGE_CACHE_SCHEME}://${IMAGE_CACHE_HOST}/${KEY}$`);
const PREVIEW_PATH = new RegExp(`^${PREVIEW_IMAGE_ROUTE}${KEY}$`);

/** `bsimg://img/<key>` → key. */
export function keyFromProtocolUrl(rawUrl: string): string | null {
  return PROTOCOL_URL.exec(rawUrl)?.[1] ?? null;
}

/** `/images/<key>` (the request target as sent) → key. */
export function keyFromPreviewPath(rawPath: string): string | null {
  return PREVIEW_PATH.exec(rawPath)?.[1] ?? null;
}
