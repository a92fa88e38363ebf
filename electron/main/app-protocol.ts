/**
 * Serves the built renderer (`dist/renderer`) on `app://broadsheet/`. Only
 * that host, only GET/HEAD, and only files inside the root: any path that
 * could climb out of it (dot segments, encoded slashes or dots, backslashes,
 * drive letters, NUL) is refused before the disk is touched.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../api/csp';
import { APP_HOST, APP_SCHEME } from './app-url';
import { contentTypeFor } from './content-types';

export type ProtocolHandler = (request: Request) => Promise<Response>;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

export function createAppProtocolHandler(rootDir: string): ProtocolHandler {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const segments = requestedSegments(request.url);
    if (segments === undefined) return plain(403, 'Forbidden');

    const file = join(root, ...(segments.length === 0 ? ['index.html'] : segments));
    if (!file.startsWith(root + sep)) return plain(403, 'Forbidden');

    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      // Missing, a directory, or unreadable: the reader's UI has no such file either way.
      return plain(404, 'Not Found');
    }
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(body.byteLength),
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** The decoded path segments of an app URL, or undefined when the URL must be refused. */
// `.`/`..` written plainly or percent-encoded; a request for one is an attack, not a typo.
const DOT_SEGMENT = /\/(\.|%2e){1,2}(?=[/?#]|$)/i;

export function requestedSegments(rawUrl: string): string[] | undefined {
  // Checked on the raw text too: URL parsing would quietly resolve some of these away.
  if (rawUrl.includes('\\') || /%(5c|2f|00)/i.test(rawUrl) || DOT_SEGMENT.test(rawUrl)) return undefined;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return undefined;

  const segments: string[] = [];
  for (const encoded of url.pathname.split('/').filter((part) => part !== '')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
    if (!isPlainSegment(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

function isPlainSegment(segment: string): boolean {
  if (segment === '.' || segment === '..') return false;
  // Separators, drive letters and control characters have no place in our file names.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  return !/[/\\:\u0000-\u001f\u007f]/.test(segment);
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/** Headers every protocol response carries; exported for the image-cache scheme. */
export function securityHeaders(): Record<string, string> {
  return { ...SECURITY_HEADERS };
}
