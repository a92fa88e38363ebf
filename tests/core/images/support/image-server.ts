import { createServer } from 'node:http';
import { jpeg, png } from './image-bytes';

/**
 * A local server for image downloads: good pictures, an HTML page
 * pretending to be a PNG, an oversized body, a 404, and the same bytes under
 * two addresses. Counts requests per path so tests can see what was fetched.
 */
export interface ImageServer {
  url(path: string): string;
  hits(path: string): number;
  /** Serves these bytes at `path` until the next reset. */
  put(path: string, type: string, body: Uint8Array): void;
  /** Forgets the counts and what was put, between tests. */
  reset(): void;
  close(): Promise<void>;
}

export const OVERSIZED_BYTES = 11 * 1024 * 1024;

const routes: Record<string, () => { type: string; body: Uint8Array }> = {
  '/a.png': () => ({ type: 'image/png', body: png('a') }),
  '/b.png': () => ({ type: 'image/png', body: png('b') }),
  '/c.jpg': () => ({ type: 'image/jpeg', body: jpeg('c') }),
  '/same-as-a.png': () => ({ type: 'image/png', body: png('a') }),
  // Labelled as an image, but it is a page: must never be cached.
  '/fake.png': () => ({ type: 'image/png', body: new TextEncoder().encode('<html><script>alert(1)</script></html>') }),
  '/huge.png': () => ({ type: 'image/png', body: png('huge', OVERSIZED_BYTES) }),
  '/logo.svg': () => ({
    type: 'image/svg+xml',
    body: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  }),
};

export async function startImageServer(): Promise<ImageServer> {
  const counts = new Map<string, number>();
  const extra = new Map<string, () => { type: string; body: Uint8Array }>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const route =
      routes[path] ??
      extra.get(path) ??
      (/^\/big-\d+\.png$/.test(path) ? () => ({ type: 'image/png', body: png(path, 1000) }) : undefined);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
      return;
    }
    const { type, body } = route();
    res.writeHead(200, { 'content-type': type, 'content-length': String(body.byteLength) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (path) => `${origin}${path}`,
    hits: (path) => counts.get(path) ?? 0,
    put: (path, type, body) => extra.set(path, () => ({ type, body })),
    reset: () => {
      counts.clear();
      extra.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
