/**
 * How the UI addresses a cached image in each runtime. The `bsimg:` scheme is
 * standard, so its host is lower-cased by the URL parser: the case-sensitive
 * key goes in the path, under a fixed host.
 */
import type { Runtime } from '../../api/models';
import { IMAGE_CACHE_SCHEME } from '../../api/csp';

export const IMAGE_CACHE_HOST = 'img';
export const PREVIEW_IMAGE_ROUTE = '/images/';

export function cacheUrl(runtime: Runtime, key: string): string {
  return runtime === 'electron' ? `${IMAGE_CACHE_SCHEME}://${IMAGE_CACHE_HOST}/${key}` : `${PREVIEW_IMAGE_ROUTE}${key}`;
}
