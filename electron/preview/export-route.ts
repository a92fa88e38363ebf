/**
 * `GET /exports/<token>`: the preview's way to hand a finished export to the reader, as a download. Like every
 * route it answers only holders of the preview's cookie (the server checks first), which the download link sends
 * as any same-origin request does; the token names one file in the data folder's exports/ folder and nothing else.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findExport } from '../core/export/export-files';
import { securityHeaders } from './static-files';

export const EXPORT_ROUTE = '/exports/';

export function isExportRoute(pathname: string): boolean {
  return pathname.startsWith(EXPORT_ROUTE);
}

/** The address the page downloads a finished export from. */
export function exportDownloadUrl(token: string): string {
  return `${EXPORT_ROUTE}${encodeURIComponent(token)}`;
}

export async function serveExport(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  dataDir: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
  const file = findExport(dataDir, url.pathname.slice(EXPORT_ROUTE.length));
  if (!file) return refuse(response, 404, 'Not found');
  response.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(file.size),
    // RFC 6266: an ASCII fallback plus the UTF-8 name.
    'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') return void response.end();
  await new Promise<void>((settle) => {
    const stream = createReadStream(file.path);
    stream.once('error', () => {
      response.destroy();
      settle();
    });
    stream.once('end', () => settle());
    stream.pipe(response);
  });
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
