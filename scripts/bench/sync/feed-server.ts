/**
 * Serves the benchmark's feeds the way a well-run news site does: each feed
 * has a strong ETag and a Last-Modified date, a conditional request that
 * matches gets 304 with no body, and bodies are gzipped for clients that ask
 * (precompressed once, so serving costs the benchmark nothing). Feeds are
 * spread round-robin over `hosts` loopback addresses (127.0.0.1, .2, …) so a
 * per-host connection cap applies as it would to real subscriptions, which
 * live on many sites. Paths other than `/feeds/N` (images) get 404.
 *
 * Every feed is served as first published until `publish('revised')`, which
 * serves the second revision of the revised feeds (new entries; a new ETag
 * and Last-Modified), as if those sites had published since the last visit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { generateFeeds } from './feed-documents';

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

/** Which revision the revised feeds are served at. */
export type Publication = 'original' | 'revised';

export interface ServedFeeds {
  urls: string[];
  /** The feeds `publish('revised')` changes (indexes into `urls`). */
  revised: number[];
  /** Uncompressed and gzipped bytes of every feed's first revision (what a full refresh downloads). */
  bytes: number;
  gzipBytes: number;
  stats(): ServerStats;
  resetStats(): void;
  publish(publication: Publication): void;
  close(): Promise<void>;
}

interface Document {
  body: Buffer;
  gzipped: Buffer | null;
  etag: string;
  lastModified: Date;
  contentType: string;
}

export async function startFeedServers(options: FeedServerOptions): Promise<ServedFeeds> {
  if (options.hosts < 1 || options.hosts > 250)
    throw new Error('BENCH_HOSTS must be 1-250 (one loopback address each)');
  const originals: Document[] = [];
  const revisions = new Map<number, Document>();
  let publication: Publication = 'original';
  const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000);
  let stats: ServerStats = { ok: 0, notModified: 0, gzipped: 0, notFound: 0 };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/feeds\/(\d+)$/.exec(req.url ?? '');
    const index = match ? Number(match[1]) : -1;
    const doc = (publication === 'revised' ? revisions.get(index) : undefined) ?? originals[index];
    if (!doc) {
      stats.notFound += 1;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const validators = {
      etag: doc.etag,
      'last-modified': doc.lastModified.toUTCString(),
      'cache-control': 'max-age=0',
    };
    if (isFresh(req, doc.etag, doc.lastModified)) {
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
    const contentType =
      feed.format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8';
    const doc = { body, gzipped, etag: `"desk-${feed.index}-v${feed.revision}"`, lastModified, contentType };
    if (feed.revision === 2) {
      revisions.set(feed.index, doc);
      continue;
    }
    // The sizes count what a full refresh downloads: the first revision of every feed.
    bytes += body.length;
    gzipBytes += gzipped?.length ?? body.length;
    originals.push(doc);
  }

  return {
    urls: originals.map((_, index) => `${origin(index)}/feeds/${index}`),
    revised: [...revisions.keys()].sort((a, b) => a - b),
    bytes,
    gzipBytes,
    stats: () => ({ ...stats }),
    resetStats: () => void (stats = { ok: 0, notModified: 0, gzipped: 0, notFound: 0 }),
    publish: (next) => {
      // HTTP dates have whole seconds: a revision must look newer than what a client cached.
      const at = new Date(Math.max(Math.floor(Date.now() / 1000) * 1000, lastModified.getTime() + 1000));
      if (next === 'revised' && publication === 'original') for (const doc of revisions.values()) doc.lastModified = at;
      publication = next;
    },
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
