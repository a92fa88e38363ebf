/**
 * Serves the built renderer, to holders of the preview's cookie only (the server checks first). index.html gets
 * a marker meta tag that tells the page to use the HTTP client; it carries no secret. Every response carries the
 * CSP.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../api/csp';
import { PREVIEW_PAGE_META } from '../api/preview-http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export async function readStaticFile(rendererDir: string, pathname: string): Promise<StaticFile> {
  const relative = pathname === '/' ? 'index.html' : safeRelativePath(pathname);
  if (!relative) return notFound();
  const type = CONTENT_TYPES[extname(relative)];
  if (!type) return notFound();
  try {
    const body = await readFile(join(rendererDir, relative));
    const headers = { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (relative === 'index.html') return { status: 200, headers, body: markAsPreview(body.toString('utf8')) };
    return { status: 200, headers, body };
  } catch {
    return notFound();
  }
}

function markAsPreview(html: string): string {
  return html.replace('</head>', `<meta name="${PREVIEW_PAGE_META}" content="1"></head>`);
}

function safeRelativePath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = normalize(decoded).replace(/^\/+/, '');
  if (relative.startsWith('..') || relative.split(sep).includes('..')) return undefined;
  return relative;
}

function notFound(): StaticFile {
  return {
    status: 404,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Not found',
  };
}
