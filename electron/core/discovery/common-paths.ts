/**
 * Where sites keep their feeds when they do not say: WordPress (`/feed`),
 * Ghost and many CMSs (`/rss`), Jekyll and Hugo (`/feed.xml`, `/atom.xml`,
 * `/index.xml`), Blogger (`/feeds/posts/default`).
 */
export const COMMON_FEED_PATHS = [
  '/feed',
  '/rss',
  '/rss.xml',
  '/atom.xml',
  '/feed.xml',
  '/index.xml',
  '/feeds/posts/default',
] as const;

/** The common paths on the page's origin, in order of how often they answer. */
export function commonFeedUrls(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return COMMON_FEED_PATHS.map((path) => `${origin}${path}`);
}
