import { createServer } from 'node:http';
import { png } from '../../images/support/image-bytes';

/**
 * The network the killed children refresh against, on 127.0.0.1: feeds whose
 * window of items moves forward by a few items per request (so old items leave
 * the feed and retention may remove them for good), each item naming one
 * picture; and the pictures, distinct bytes per address, large enough that a
 * kill often lands while one is being written.
 */
export interface KillNetwork {
  origin: string;
  feedUrl(index: number): string;
  close(): Promise<void>;
}

const WINDOW = 10;
const STEP = 3;
const HOUR = 3_600_000;
export const IMAGE_BYTES = 48 * 1024;

export async function startKillNetwork(start = Date.now()): Promise<KillNetwork> {
  // Items are dated from 90 days ago onwards, one hour apart: most are older
  // than the retention policy's 30 days, so retention has work to do.
  const epoch = start - 90 * 24 * HOUR;
  const counters = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const feed = /^\/feed-(\d+)\.xml$/.exec(path);
    if (feed) {
      const end = (counters.get(path) ?? WINDOW - STEP) + STEP;
      counters.set(path, end);
      res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(rss(origin, feed[1]!, end, epoch));
      return;
    }
    if (/^\/img\/[\w-]+\.png$/.test(path)) {
      const body = png(path, IMAGE_BYTES);
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(body.byteLength) }).end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    feedUrl: (index) => `${origin}/feed-${index}.xml`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function rss(origin: string, feed: string, end: number, epoch: number): string {
  const items: string[] = [];
  for (let n = Math.max(0, end - WINDOW); n < end; n += 1) {
    const html = `&lt;p&gt;Story ${n} of feed ${feed}.&lt;/p&gt;&lt;img src="${origin}/img/f${feed}-${n}.png"&gt;`;
    items.push(
      `<item><guid isPermaLink="false">f${feed}-item-${n}</guid><title>Feed ${feed} story ${n}</title>` +
        `<link>${origin}/story/${feed}/${n}</link><pubDate>${new Date(epoch + n * HOUR).toUTCString()}</pubDate>` +
        `<description>${html}</description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kill feed ${feed}</title><link>${origin}/</link>${items.join('')}</channel></rss>`;
}
