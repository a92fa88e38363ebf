/**
 * A site on 127.0.0.1 serving RSS feeds whose items the test adds, for a real server (FreshRSS) to fetch:
 * `/<name>.xml` for every feed named at the start or added since, and a 404 for anything else. Items in a feed have
 * distinct publication times, the newest last added, so a server that orders by crawl time sees them in order.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedSite {
  origin: string;
  url(name: string): string;
  /** Adds items to a feed (creating it, titled by its name); the server sees them at its next fetch. */
  addItems(name: string, count: number): void;
  /** Serves a new feed with this channel title and `count` items; returns its URL. */
  addFeed(name: string, title: string, count: number): string;
  close(): Promise<void>;
}

export async function startFeedSite(names: readonly string[], itemsEach: number): Promise<FeedSite> {
  const feeds = new Map<string, number>(names.map((name) => [name, 0]));
  const titles = new Map<string, string>();
  let origin = '';
  const server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\//, '').replace(/\.xml$/, '');
    const count = feeds.get(name);
    if (count === undefined) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    res.end(rss(origin, name, titles.get(name) ?? name, count));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const site: FeedSite = {
    origin,
    url: (name) => `${origin}/${name}.xml`,
    addItems(name, count) {
      feeds.set(name, (feeds.get(name) ?? 0) + count);
    },
    addFeed(name, title, count) {
      if (feeds.has(name)) throw new Error(`The feed site already serves ${name}.`);
      titles.set(name, title);
      feeds.set(name, count);
      return site.url(name);
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
  for (const name of names) site.addItems(name, itemsEach);
  return site;
}

function rss(origin: string, name: string, title: string, count: number): string {
  const items: string[] = [];
  for (let index = count; index >= 1; index--) {
    const published = new Date(Date.UTC(2024, 0, 1) + index * 3600_000).toUTCString();
    items.push(
      `<item><title>${name} story ${index}</title><link>${origin}/${name}/${index}</link>` +
        `<guid isPermaLink="false">${name}-${index}</guid><pubDate>${published}</pubDate>` +
        `<description>&lt;p&gt;Text of ${name} story ${index}.&lt;/p&gt;</description></item>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title>` +
    `<link>${origin}/${name}/</link><description>Test feed ${name}</description>${items.join('')}</channel></rss>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
