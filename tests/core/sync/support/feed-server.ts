import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A small, well-behaved feed server for sync tests: routes are set and
 * changed by the test, conditional requests get 304 when the ETag matches,
 * and every request is recorded with its headers.
 */
export interface Route {
  status?: number;
  body?: string | Buffer;
  contentType?: string;
  etag?: string;
  headers?: Record<string, string>;
}

export interface FeedServer {
  origin: string;
  url(path: string): string;
  set(path: string, route: Route | ((req: IncomingMessage) => Route)): void;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  const requests: FeedServer['requests'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const entry = routes.get(path);
    const route = typeof entry === 'function' ? entry(req) : entry;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.etag && req.headers['if-none-match'] === route.etag) {
      res.writeHead(304, { etag: route.etag }).end();
      return;
    }
    const body = route.body ?? '';
    res.writeHead(route.status ?? 200, {
      'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      ...(route.etag ? { etag: route.etag } : {}),
      ...route.headers,
    });
    res.end(body);
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => void routes.set(path, route),
    requests,
    hits: (path) => requests.filter((request) => request.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Item {
  guid: string;
  title: string;
  link?: string;
  description?: string;
}

export function rss(title: string, items: readonly Item[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = items
    .map(
      (item) =>
        `<item><guid>${escape(item.guid)}</guid><title>${escape(item.title)}</title>` +
        (item.link ? `<link>${escape(item.link)}</link>` : '') +
        (item.description ? `<description>${escape(item.description)}</description>` : '') +
        `<pubDate>Sun, 15 Jun 2025 10:00:00 GMT</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escape(title)}</title><link>http://127.0.0.1/</link>${body}</channel></rss>`;
}

export function items(count: number, prefix: string): Item[] {
  return Array.from({ length: count }, (_, i) => ({
    guid: `${prefix}-${i}`,
    title: `${prefix} story ${i}`,
    description: `Body of ${prefix} story ${i}`,
  }));
}
