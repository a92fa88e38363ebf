import { BOMB_INFLATED_BYTES, bombs } from './bombs';
import { feedBytes, fillerChunk } from './payloads';
import type { RouteTable } from './route-types';
import { dripBytes, streamBytes } from './stream-bytes';

/** Servers that are slow, stuck, cut off, endless or lying about size. */

const MB = 1024 * 1024;

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

export const faultRoutes: RouteTable = {
  '/drip': {
    description: 'headers at once, then the feed one byte every ?every= ms (default 50)',
    handle: ({ res, query }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': feedBytes.length });
      dripBytes(res, feedBytes, positive(query.get('every'), 50));
    },
  },
  '/stall-headers': {
    description: 'accepts the request and never answers (read timeout before headers)',
    handle: () => undefined,
  },
  '/stall-body': {
    description: 'headers and 100 bytes, then silence',
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': feedBytes.length });
      res.write(feedBytes.subarray(0, 100));
    },
  },
  '/reset-mid-body': {
    description: 'declares 100 KB, sends 4 KB, then a TCP reset',
    handle: ({ req, res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': 100 * 1024 });
      res.write(fillerChunk.subarray(0, 4096));
      // A short pause so the client has the headers before the reset, making the failure "mid-body".
      setTimeout(() => req.socket.resetAndDestroy(), 100);
    },
  },
  '/close-mid-body': {
    description: 'declares 100 KB, sends 4 KB, then closes the connection cleanly',
    handle: ({ req, res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': 100 * 1024 });
      res.write(fillerChunk.subarray(0, 4096), () => req.socket.end());
    },
  },
  '/not-http': {
    description: 'answers with bytes that are not an HTTP response',
    handle: ({ req }) => {
      req.socket.end('SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n');
    },
  },
  '/endless': {
    description: 'a chunked body that never ends',
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      streamBytes(res, Number.POSITIVE_INFINITY, fillerChunk);
    },
  },
  '/large': {
    description: 'a body of ?mb= MiB (default 21) with Content-Length; ?chunked=1 omits the length',
    handle: ({ res, query }) => {
      const total = Math.round(positive(query.get('mb'), 21) * MB);
      const chunked = query.get('chunked') === '1';
      res.writeHead(200, { 'content-type': 'application/rss+xml', ...(chunked ? {} : { 'content-length': total }) });
      streamBytes(res, total, fillerChunk);
    },
  },
  '/huge-declared': {
    description: 'declares a 10 GB Content-Length up front',
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': 10 * 1024 * MB });
      streamBytes(res, 10 * 1024 * MB, fillerChunk);
    },
  },
  '/gzip-bomb': {
    description: `gzip that inflates to ${BOMB_INFLATED_BYTES / MB} MiB`,
    handle: async ({ res }) => {
      const { gzip } = await bombs();
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        'content-encoding': 'gzip',
        'content-length': gzip.length,
      });
      res.end(gzip);
    },
  },
  '/brotli-bomb': {
    description: `brotli that inflates to ${BOMB_INFLATED_BYTES / MB} MiB`,
    handle: async ({ res }) => {
      const { brotli } = await bombs();
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        'content-encoding': 'br',
        'content-length': brotli.length,
      });
      res.end(brotli);
    },
  },
  '/corrupt-gzip': {
    description: 'Content-Encoding: gzip over bytes that are not gzip',
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      res.end(feedBytes);
    },
  },
  '/unknown-encoding': {
    description: 'Content-Encoding the client never offered (compress)',
    handle: ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'compress' });
      res.end(feedBytes);
    },
  },
};
