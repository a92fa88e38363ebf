import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../api/csp';

/**
 * Serves the built renderer. index.html gets the per-run secret as a meta tag
 * (the page's only way to learn it); every response carries the CSP.
 */
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

export const SECRET_META_NAME = 'broadsheet-preview-secret';

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

export async function readStaticFile(rendererDir: string, pathname: string, secret: string): Promise<StaticFile> {
  const relative = pathname === '/' ? 'index.html' : safeRelativePath(pathname);
  if (!relative) return notFound();
  const type = CONTENT_TYPES[extname(relative)];
  if (!type) return notFound();
  try {
    const body = await readFile(join(rendererDir, relative));
    const headers = { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (relative === 'index.html') return { status: 200, headers, body: injectSecret(body.toString('utf8'), secret) };
    return { status: 200, headers, body };
  } catch {
    return notFound();
  }
}

function injectSecret(html: string, secret: string): string {
  return html.replace('</head>', `<meta name="${SECRET_META_NAME}" content="${secret}"></head>`);
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
