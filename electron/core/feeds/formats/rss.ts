/** RSS 0.9x and 2.0: `<rss><channel>…<item>` (items are also accepted beside the channel, as 0.9x feeds put them). */
import type { FeedEntry, FeedInfo, FeedVersion } from '../types';
import { attr, childElements, type XmlElement } from '../xml/tree';
import { readElement } from './dispatch';
import { elementKey } from './element-key';
import { readEntries } from './entries';
import { emptyFeed } from './model';
import './vocabulary';

const VERSIONS: Record<string, FeedVersion> = {
  '0.91': 'rss091u',
  '0.92': 'rss092',
  '0.93': 'rss093',
  '0.94': 'rss094',
  '2.0': 'rss20',
  '2': 'rss20',
};

export function rssVersion(root: XmlElement): FeedVersion {
  const version = attr(root, 'version')?.trim();
  if (version === undefined) return 'rss';
  return VERSIONS[version] ?? (version.startsWith('2.') ? 'rss20' : 'rss');
}

export interface FormatResult {
  feed: FeedInfo;
  entries: FeedEntry[];
  truncated: boolean;
}

/**
 * Shared by RSS and RSS 1.0: feed-level elements from the root and the channel,
 * items from either.
 */
export function readChannelFormat(root: XmlElement, version: FeedVersion): FormatResult {
  const ctx = { version, rootNs: root.ns };
  const key = (el: XmlElement) => elementKey(el, root.ns);
  const feed = emptyFeed();
  const target = { scope: 'feed' as const, data: feed };
  const items: XmlElement[] = [];
  // The channel's own elements win over stray ones beside it, so they are read last.
  const containers =
    key(root) === 'channel' ? [root] : [root, ...childElements(root).filter((el) => key(el) === 'channel')];
  for (const container of containers) {
    for (const el of childElements(container)) {
      const elementName = key(el);
      if (elementName === 'item') items.push(el);
      else if (elementName !== 'channel') readElement(el, target, ctx);
    }
  }
  return { feed, ...readEntries(items, ctx) };
}

export function readRss(root: XmlElement): FormatResult & { version: FeedVersion } {
  const version = rssVersion(root);
  return { version, ...readChannelFormat(root, version) };
}
