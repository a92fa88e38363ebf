import { securityHeaders, type ProtocolHandler } from './app-protocol';

/**
 * `bsimg://<key>` will serve offline copies of article images from the image
 * cache. Until the cache exists every key is unknown, so every request is a
 * 404 — which the UI already has to handle for evicted images.
 */
export function createImageCacheHandler(): ProtocolHandler {
  return async () =>
    new Response(null, { status: 404, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
