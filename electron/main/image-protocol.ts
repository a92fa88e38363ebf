/**
 * `bsimg://img/<key>` serves offline copies of article images from the image
 * cache. The key is opaque (see core/images/cache-key.ts) and checked against
 * one strict pattern before anything else, so no URL can name a file other
 * than a cached image. Unknown and evicted keys are a plain 404, which the UI
 * already handles as "not offline".
 */
import { readFile } from 'node:fs/promises';
import { imageErrorHeaders, imageHeaders } from '../core/images/image-headers';
import { keyFromProtocolUrl } from '../core/images/image-request';
import type { ImageResolver } from '../core/images/resolve-image';
import type { ProtocolHandler } from './app-protocol';

export function createImageCacheHandler(resolve: ImageResolver): ProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return text(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    const key = keyFromProtocolUrl(request.url);
    const image = key === null ? null : await resolve(key);
    if (!image) return text(404, 'Not Found');
    let body: Buffer;
    try {
      body = await readFile(image.path);
    } catch {
      // Evicted between the lookup and the read.
      return text(404, 'Not Found');
    }
    const headers = { ...imageHeaders(image), 'Content-Length': String(body.byteLength) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

function text(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { ...imageErrorHeaders(), ...extra } });
}
