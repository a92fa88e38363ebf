/**
 * `GET /images/<key>`: cached article images in the preview. Like every route it answers only holders of the
 * preview's cookie, which `<img>` sends as any same-origin request does (the server checks it, and the Host, first).
 * The key is a second lock: an encrypted content hash that cannot be guessed, enumerated, or derived from a
 * picture's address or bytes; and `Cross-Origin-Resource-Policy` stops other sites from embedding an image even if
 * they learnt a key.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PREVIEW_IMAGE_ROUTE } from '../core/images/cache-url';
import { imageErrorHeaders, imageHeaders } from '../core/images/image-headers';
import { keyFromPreviewPath } from '../core/images/image-request';
import type { ImageResolver } from '../core/images/resolve-image';

export function isImageRoute(rawPath: string | undefined): boolean {
  return rawPath?.startsWith(PREVIEW_IMAGE_ROUTE) ?? false;
}

export async function serveImage(
  request: IncomingMessage,
  response: ServerResponse,
  resolve: ImageResolver,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const key = keyFromPreviewPath(request.url ?? '');
  const image = key === null ? null : await resolve(key);
  if (!image) return refuse(response, 404, 'Not found');
  const stream = createReadStream(image.path);
  await new Promise<void>((settle) => {
    stream.once('open', () => {
      response.writeHead(200, { ...imageHeaders(image), 'Cross-Origin-Resource-Policy': 'same-origin' });
      if (request.method === 'HEAD') {
        stream.destroy();
        response.end();
      } else {
        stream.pipe(response);
      }
      settle();
    });
    // Evicted between the lookup and the open.
    stream.once('error', () => {
      if (!response.headersSent) refuse(response, 404, 'Not found');
      else response.destroy();
      settle();
    });
  });
}

function refuse(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...imageErrorHeaders(), 'Cross-Origin-Resource-Policy': 'same-origin', ...extra });
  response.end(text);
}
