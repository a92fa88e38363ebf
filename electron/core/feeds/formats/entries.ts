/** Reading the item or entry elements a format reader found, within the entry limit. */
import { NS } from '../namespaces';
import type { FeedEntry } from '../types';
import { attr, type XmlElement } from '../xml/tree';
import { readChildren, type ReadContext } from './dispatch';
import { MAX_ENTRIES } from './limits';
import { emptyEntry } from './model';

export function readEntries(items: XmlElement[], ctx: ReadContext): { entries: FeedEntry[]; truncated: boolean } {
  const entries: FeedEntry[] = [];
  for (const item of items.slice(0, MAX_ENTRIES)) {
    const entry = emptyEntry();
    readChildren(item, { scope: 'entry', data: entry }, ctx);
    // RSS 1.0 names each item by its rdf:about.
    const about = attr(item, 'about', NS.rdf);
    if (entry.id === undefined && about) entry.id = about.trim();
    entries.push(entry);
  }
  return { entries, truncated: items.length > MAX_ENTRIES };
}
