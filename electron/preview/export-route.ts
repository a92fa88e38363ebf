import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findExport } from '../core/export/export-files';
import { securityHeaders } from './static-files';
import { checkSecret } from './request-guard';

/**
 * `GET /exports/<token>?secret=…`: the preview's way to hand a finished
 * export to the reader, as a download. A link cannot send the secret header,
 * so the secret rides in the query (as for the event stream); the token
 * names one file in the data folder's exports/ folder and nothing else.
 */
export const EXPORT_ROUTE = '/exports/';

export function isExportRoute(pathname: string): boolean {
  return pathname.startsWith(EXPORT_ROUTE);
}

/** The address the page downloads a finished export from. */
export function exportDownloadUrl(token: string, secret: string): string {
  return `${EXPORT_ROUTE}${token}?secret=${encodeURIComponent(secret)}`;
}

export async function serveExport(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  dataDir: string,
  secret: string,
): Promise<void> {
  const verdict = checkSecret(url.searchParams.get('secret'), secret);
  if (!verdict.allowed) return refuse(response, 403, `Forbidden: ${verdict.reason}`);
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
