/** RSS 1.0 and 0.90 (RDF): the channel, image, text input and items are siblings under `rdf:RDF`. */
import { NS, prefixOf } from '../namespaces';
import type { FeedVersion } from '../types';
import { childElements, type XmlElement } from '../xml/tree';
import { readChannelFormat, type FormatResult } from './rss';

export function rdfVersion(root: XmlElement): FeedVersion {
  const namespaces = new Set(childElements(root).map((el) => prefixOf(el.ns)));
  if (namespaces.has('rss090') || Object.values(root.scope).includes(NS.rss090)) return 'rss090';
  return 'rss10';
}

export function readRdf(root: XmlElement): FormatResult & { version: FeedVersion } {
  const version = rdfVersion(root);
  return { version, ...readChannelFormat(root, version) };
}
