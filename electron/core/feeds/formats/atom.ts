/** Atom 1.0 (RFC 4287) and the older 0.3: `<feed>…<entry>`. */
import { prefixOf } from '../namespaces';
import type { FeedVersion } from '../types';
import { attr, childElements, type XmlElement } from '../xml/tree';
import { readElement } from './dispatch';
import { elementKey } from './element-key';
import { readEntries } from './entries';
import { emptyFeed } from './model';
import type { FormatResult } from './rss';
import './vocabulary';

export function atomVersion(root: XmlElement): FeedVersion {
  const prefix = prefixOf(root.ns);
  if (prefix === 'atom10') return 'atom10';
  if (prefix === 'atom03') return 'atom03';
  const declared = attr(root, 'version')?.trim();
  if (declared === '0.3') return 'atom03';
  if (declared === '1.0') return 'atom10';
  return 'atom';
}

export function readAtom(root: XmlElement): FormatResult & { version: FeedVersion } {
  const version = atomVersion(root);
  const ctx = { version, rootNs: root.ns };
  const feed = emptyFeed();
  const target = { scope: 'feed' as const, data: feed };
  const items: XmlElement[] = [];
  for (const el of childElements(root)) {
    const key = elementKey(el, root.ns);
    // Some Atom feeds call their entries `<item>`, as RSS does.
    if (key === 'entry' || key === 'item') items.push(el);
    else readElement(el, target, ctx);
  }
  return { version, feed, ...readEntries(items, ctx) };
}
