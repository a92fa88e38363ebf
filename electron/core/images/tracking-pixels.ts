/**
 * Which images are trackers rather than pictures. Caching a pixel would tell
 * its owner that the article was synced (and waste a download); skipping one
 * loses nothing the reader can see.
 */
export interface ImageHints {
  url: URL;
  width?: string | null;
  height?: string | null;
  style?: string | null;
}

/** Hosts that only ever serve counters, beacons or feed "flare". */
const TRACKER_HOSTS = [
  'feeds.feedburner.com',
  'feedproxy.google.com',
  'pixel.wp.com',
  'stats.wordpress.com',
  'www.google-analytics.com',
  'google-analytics.com',
  'doubleclick.net',
  'pixel.quantserve.com',
  'scorecardresearch.com',
  'pi.feedsportal.com',
  'feeds.feedblitz.com',
  'rss.buysellads.com',
  'pixel.facebook.com',
  'ad.doubleclick.net',
  'analytics.twitter.com',
  'bat.bing.com',
  'counter.theconversation.com',
] as const;

/** Path shapes of beacons served from otherwise ordinary hosts. */
const TRACKER_PATHS = [
  /\/~(r|ff|f|a)\//, // FeedBurner redirects and flare
  /(^|\/)(pixel|beacon|tracker|blank|spacer|transparent|clear|1x1)\.(gif|png)$/i,
  // Short script-like names only count as beacons when they are GIFs or scripts, not photos.
  /(^|\/)(t|p|open|track|pixel|beacon)\.(gif|php|aspx?)$/i,
  /\/(pixel|beacon|tracking|track|impression|count|hit)(\/|$)/i,
  /\/(wf|ls)\/(open|click)/i, // mail/newsletter services
  /\/tr\/?$/i, // Facebook-style /tr endpoints
] as const;

export function isTrackingPixel(hints: ImageHints): boolean {
  if (isTiny(hints.width) || isTiny(hints.height)) return true;
  if (hints.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(hints.style)) return true;
  const host = hints.url.hostname.toLowerCase();
  if (TRACKER_HOSTS.some((tracker) => host === tracker || host.endsWith(`.${tracker}`))) return true;
  return TRACKER_PATHS.some((pattern) => pattern.test(hints.url.pathname));
}

/** A declared size of 0–2 px: nobody shows a picture that small on purpose. */
function isTiny(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value);
  return match !== null && Number(match[1]) <= 2;
}
