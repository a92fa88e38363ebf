import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { FEED_ETAG, FEED_LAST_MODIFIED, feedBytes } from './payloads';
import type { RouteContext, RouteTable } from './route-types';

/** Well-behaved feeds: the baseline every fault is compared with. */

const encoded = {
  gzip: gzipSync(feedBytes),
  deflate: deflateSync(feedBytes),
  'deflate-raw': deflateRawSync(feedBytes),
  br: brotliCompressSync(feedBytes),
};

function isNotModified(req: IncomingMessage): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => tag.trim() === FEED_ETAG || tag.trim() === '*');
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && since >= Date.parse(FEED_LAST_MODIFIED);
}

function serveFeed({ req, res }: RouteContext, body: Buffer, encoding?: string): void {
  const validators = { etag: FEED_ETAG, 'last-modified': FEED_LAST_MODIFIED };
  if (isNotModified(req)) {
    res.writeHead(304, validators).end();
    return;
  }
  res.writeHead(200, {
    ...validators,
    'content-type': 'application/rss+xml; charset=utf-8',
    'content-length': body.length,
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  res.end(body);
}

export const feedRoutes: RouteTable = {
  '/feed': {
    description: 'RSS 2.0 with ETag and Last-Modified; 304 when the validators match',
    handle: (context) => serveFeed(context, feedBytes),
  },
  '/feed.gz': { description: 'the feed, gzip-encoded', handle: (context) => serveFeed(context, encoded.gzip, 'gzip') },
  '/feed.deflate': {
    description: 'the feed, deflate as RFC 1950 (zlib-wrapped)',
    handle: (context) => serveFeed(context, encoded.deflate, 'deflate'),
  },
  '/feed.deflate-raw': {
    description: 'the feed, "deflate" as raw RFC 1951 like many real servers',
    handle: (context) => serveFeed(context, encoded['deflate-raw'], 'deflate'),
  },
  '/feed.br': { description: 'the feed, brotli-encoded', handle: (context) => serveFeed(context, encoded.br, 'br') },
  '/feed-chunked': {
    description: 'the feed with chunked transfer encoding and no Content-Length',
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(feedBytes.subarray(0, 100));
      res.end(feedBytes.subarray(100));
    },
  },
};
