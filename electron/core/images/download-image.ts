/**
 * One image download. Bodies are capped (10 MB, counted after
 * decompression) and must prove by their first bytes that they are a raster
 * image. `permanent` failures (404, not an image, too large) are not retried
 * for a while; transient ones (offline, timeouts, 429/503) are retried on the
 * next pass.
 */
import type { Fetcher } from '../net/fetch-resource';
import { hostKey, type Limiter } from '../net/limiter';
import { sniffImageType, type ImageType } from './image-type';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1';
/** Images are small next to feeds; a minute for one is already generous. */
const IMAGE_TIMEOUT_MS = 60_000;

export type DownloadOutcome =
  { kind: 'ok'; bytes: Uint8Array; mimeType: ImageType } | { kind: 'failed'; permanent: boolean; reason: string };

export interface DownloadContext {
  fetcher: Fetcher;
  limiter?: Limiter;
  signal?: AbortSignal;
}

export async function downloadImage(url: string, context: DownloadContext): Promise<DownloadOutcome> {
  const fetchIt = () =>
    context.fetcher.fetchResource(url, {
      accept: ACCEPT,
      maxBytes: MAX_IMAGE_BYTES,
      totalTimeoutMs: IMAGE_TIMEOUT_MS,
      signal: context.signal,
    });
  let result;
  try {
    result = context.limiter ? await context.limiter.run(hostKey(url), fetchIt, context.signal) : await fetchIt();
  } catch {
    return { kind: 'failed', permanent: false, reason: 'cancelled' };
  }
  switch (result.kind) {
    case 'ok': {
      const mimeType = sniffImageType(result.body.subarray(0, 64));
      if (!mimeType) return { kind: 'failed', permanent: true, reason: 'not a supported image' };
      return { kind: 'ok', bytes: result.body, mimeType };
    }
    case 'gone':
      return { kind: 'failed', permanent: true, reason: result.message };
    case 'retry-later':
      return { kind: 'failed', permanent: false, reason: result.reason };
    case 'not-modified':
      return { kind: 'failed', permanent: false, reason: 'unexpected 304' };
    case 'error':
      return { kind: 'failed', permanent: PERMANENT_ERRORS.has(result.code), reason: result.message };
  }
}

const PERMANENT_ERRORS = new Set([
  'INVALID_URL',
  'UNSUPPORTED_SCHEME',
  'TOO_LARGE',
  'TOO_MANY_REDIRECTS',
  'BAD_REDIRECT',
  'HTTP_ERROR',
  'DECODE',
]);
