import { expect } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse-feed';
import type { ParsedFeed, ParseFeedOptions } from '../../../electron/core/feeds/types';

export const bytes = (text: string) => new TextEncoder().encode(text);

/** Parses a document that must be a feed. */
export function parseOk(doc: string | Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  const result = parseFeed(typeof doc === 'string' ? bytes(doc) : doc, options);
  if (!result.ok) expect.fail(`expected a feed, got ${result.kind}: ${result.warnings.join('; ')}`);
  return result;
}

export const rss = (items: string, channel = '', attrs = '') =>
  `<?xml version="1.0"?><rss version="2.0" ${attrs}><channel><title>T</title>${channel}${items}</channel></rss>`;

export const atom = (entries: string, feed = '', attrs = '') =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" ${attrs}><title>T</title>${feed}${entries}</feed>`;
