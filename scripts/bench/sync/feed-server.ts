import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { generateFeeds } from './feed-documents';

/**
 * Serves the benchmark's feeds the way a well-run news site does: each feed
 * has a strong ETag and a Last-Modified date, a conditional request that
 * matches gets 304 with no body, and bodies are gzipped for clients that ask
 * (precompressed once, so serving costs the benchmark nothing). Feeds are
 * spread round-robin over `hosts` loopback addresses (127.0.0.1, .2, …) so a
 * per-host connection cap applies as it would to real subscriptions, which
 * live on many sites. Paths other than `/feeds/N` (images) get 404.
 */
export interface FeedServerOptions {
  feeds: number;
  items: number;
  hosts: number;
  gzip: boolean;
}

export interface ServerStats {
  ok: number;
  notModified: number;
  gzipped: number;
  notFound: number;
}

export interface ServedFeeds {
  urls: string[];
  /** Uncompressed and gzipped bytes of all documents. */
  bytes: number;
  gzipBytes: number;
  stats(): ServerStats;
  resetStats(): void;
  close(): Promise<void>;
}

interface Document {
  body: Buffer;
  gzipped: Buffer | null;
  etag: string;
  contentType: string;
}

export async function startFeedServers(options: FeedServerOptions): Promise<ServedFeeds> {
  if (options.hosts < 1 || options.hosts > 250)
    throw new Error('BENCH_HOSTS must be 1-250 (one loopback address each)');
  const documents: Document[] = [];
  const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000);
  let stats: ServerStats = { ok: 0, notModified: 0, gzipped: 0, notFound: 0 };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/feeds\/(\d+)$/.exec(req.url ?? '');
    const doc = match ? documents[Number(match[1])] : undefined;
    if (!doc) {
      stats.notFound += 1;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const validators = { etag: doc.etag, 'last-modified': lastModified.toUTCString(), 'cache-control': 'max-age=0' };
    if (isFresh(req, doc.etag, lastModified)) {
      stats.notModified += 1;
      res.writeHead(304, validators).end();
      return;
    }
    const gzip = doc.gzipped && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? doc.gzipped! : doc.body;
    stats.ok += 1;
    if (gzip) stats.gzipped += 1;
    res.writeHead(200, {
      ...validators,
      'content-type': doc.contentType,
      'content-length': body.length,
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  };

  const servers: Server[] = [];
  const origins: string[] = [];
  for (let host = 0; host < options.hosts; host += 1) {
    const server = createServer(handle);
    const address = `127.0.0.${host + 1}`;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, resolve);
    });
    servers.push(server);
    origins.push(`http://${address}:${(server.address() as AddressInfo).port}`);
  }

  const origin = (index: number) => origins[index % origins.length]!;
  let bytes = 0;
  let gzipBytes = 0;
  for (const feed of generateFeeds(options.feeds, options.items, origin)) {
    const body = Buffer.from(feed.xml);
    const gzipped = options.gzip ? gzipSync(body) : null;
    bytes += body.length;
    gzipBytes += gzipped?.length ?? body.length;
    const contentType =
      feed.format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8';
    documents.push({ body, gzipped, etag: `"desk-${feed.index}-v1"`, contentType });
  }

  return {
    urls: documents.map((_, index) => `${origin(index)}/feeds/${index}`),
    bytes,
    gzipBytes,
    stats: () => ({ ...stats }),
    resetStats: () => void (stats = { ok: 0, notModified: 0, gzipped: 0, notFound: 0 }),
    close: async () => {
      await Promise.all(
        servers.map((server) => {
          const closed = new Promise((resolve) => server.close(resolve));
          server.closeAllConnections();
          return closed;
        }),
      );
    },
  };
}

/** RFC 9110: If-None-Match wins over If-Modified-Since when both are sent. */
function isFresh(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && since >= lastModified.getTime();
}
