import type { FetchedText, FetchText } from '../../../electron/core/discovery/types';

export type Route = (Partial<FetchedText> & { body: string | Uint8Array }) | Error;

/** A table of URL → response standing in for the network, recording every request. */
export function fakeFetch(routes: Record<string, Route>): FetchText & { calls: string[] } {
  const calls: string[] = [];
  const fetchText = async (url: string): Promise<FetchedText> => {
    calls.push(url);
    const route = routes[url];
    if (!route) throw new Error('the server answered 404 Not Found');
    if (route instanceof Error) throw route;
    return { finalUrl: route.finalUrl ?? url, contentType: route.contentType ?? null, body: route.body };
  };
  return Object.assign(fetchText, { calls });
}

export const rssFeed = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.com/</link><item><title>One</title></item></channel></rss>`;

export const atomFeed = (title: string) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated></feed>`;

export const page = (head: string, body = '<p>Hello</p>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
