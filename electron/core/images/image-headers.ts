/**
 * Response headers for a cached image, the same in the `bsimg:` protocol
 * and the preview route. The type comes from the file's magic bytes and
 * `nosniff` holds the browser to it; the CSP sandboxes the response in case
 * it is ever opened as a document rather than shown by `<img>`. A key always
 * names the same bytes, so the response may be cached for good.
 */
import type { ResolvedImage } from './resolve-image';

export const IMAGE_RESPONSE_CSP = "default-src 'none'; sandbox";

export function imageHeaders(image: ResolvedImage): Record<string, string> {
  return {
    'Content-Type': image.contentType,
    'Content-Length': String(image.byteSize),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': IMAGE_RESPONSE_CSP,
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
}

/** For 404s and refusals: nothing a page could render or run. */
export function imageErrorHeaders(): Record<string, string> {
  return {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': IMAGE_RESPONSE_CSP,
    'Cache-Control': 'no-store',
  };
}
