/**
 * Talking to a preview server from a test the way a browser would — open the printed address, keep the cookie —
 * and the ways a browser would not: raw requests with a forged Host or Origin, or a cookie from somewhere else.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** The page's own request header, which every POST from the page carries. */
export const FROM_PAGE = { 'x-broadsheet-request': 'page' };

export function send(port: number, path: string, options: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Status and headers only, then hangs up: for the event stream, which never ends by itself. */
export function peek(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<Omit<RawResponse, 'body' | 'bytes'>> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the printed address as a browser does and answers the `Set-Cookie` header it was given. */
export async function openPrintedUrl(
  printedUrl: string,
): Promise<{ status: number; location: string | null; setCookie: string }> {
  const response = await fetch(printedUrl, { redirect: 'manual' });
  return {
    status: response.status,
    location: response.headers.get('location'),
    setCookie: response.headers.getSetCookie().join('\n'),
  };
}

/** The `Cookie` header a browser sends back after opening the printed address. */
export async function enter(printedUrl: string): Promise<string> {
  const { setCookie } = await openPrintedUrl(printedUrl);
  const pair = setCookie.split(';')[0] ?? '';
  if (!pair.includes('=')) throw new Error(`The preview gave no cookie for ${printedUrl}.`);
  return pair;
}
