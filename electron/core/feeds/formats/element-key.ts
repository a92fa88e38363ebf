/**
 * The name an element is dispatched by. Elements of the core feed vocabularies
 * (RSS, RSS 1.0, Atom 0.3 and 1.0, no namespace) go by their lower-cased local
 * name, so `<pubDate>`, `<PUBDATE>` and `atom:title` inside RSS all find their
 * reader; extension elements by `prefix:local` with the canonical prefix.
 */
import { prefixOf } from '../namespaces';
import type { XmlElement } from '../xml/tree';

const CORE = new Set(['', 'atom10', 'atom03', 'rss10', 'rss090', 'rss']);

export function elementKey(el: XmlElement, rootNs?: string): string {
  const prefix = prefixOf(el.ns);
  const local = el.local.toLowerCase();
  // A feed in an unknown default namespace (Atom drafts, "rss2.1") still uses the core names.
  if (CORE.has(prefix) || el.ns === rootNs) return local;
  if (prefix === 'other') return `other:${local}`;
  return `${prefix}:${local}`;
}

/** feedparser-style key for an element nobody reads: `local` for core, `prefix_local` otherwise. */
export function extraKey(el: XmlElement, rootNs?: string): string {
  const prefix = prefixOf(el.ns);
  if (CORE.has(prefix) || el.ns === rootNs) return el.local.toLowerCase();
  const written = (el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':')) : prefix).toLowerCase();
  return `${written}_${el.local.toLowerCase()}`;
}
