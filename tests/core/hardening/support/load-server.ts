import { createServer } from 'node:http';

/**
 * The load suite's feeds on 127.0.0.1: feed f serves its newest stored items
 * (so nothing changes for them) plus two new ones, so a full refresh adds
 * exactly 2 × feeds articles.
 */
export async function startLoadServer(
  newestStored: (feed: number) => string[],
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const match = /^\/f\/(\d+)\.xml$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const feed = Number(match[1]);
    const guids = [...newestStored(feed), `f${feed}-new-a`, `f${feed}-new-b`];
    const items = guids
      .map(
        (guid) =>
          `<item><guid isPermaLink="false">${guid}</guid><title>Item ${guid}</title><description>Text of ${guid}</description></item>`,
      )
      .join('');
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Load feed ${feed}</title>${items}</channel></rss>`);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
