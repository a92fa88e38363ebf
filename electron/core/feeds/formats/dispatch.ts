/**
 * Element-driven reading, as Python's feedparser does it: a feed-level or
 * entry-level element is read by its name wherever it appears, so Dublin Core
 * in Atom or Atom links in RSS work without per-format special cases. The
 * format readers only find the containers (channel, items, entries).
 */
import type { FeedEntry, FeedInfo, FeedSource, FeedVersion } from '../types';
import { childElements, textOf, type XmlElement } from '../xml/tree';
import { elementKey, extraKey } from './element-key';

export type Target =
  { scope: 'feed'; data: FeedInfo } | { scope: 'entry'; data: FeedEntry } | { scope: 'source'; data: FeedSource };

export interface ReadContext {
  version: FeedVersion;
  /** The root element's namespace: its elements are core vocabulary whatever it is. */
  rootNs: string;
}

export type ElementReader = (el: XmlElement, target: Target, ctx: ReadContext) => void;
export type Vocabulary = Record<string, ElementReader>;

const vocabulary: Vocabulary = {};

/** Adds element readers; called once per vocabulary module at load time. */
export function defineElements(readers: Vocabulary): void {
  Object.assign(vocabulary, readers);
}

export function readChildren(container: XmlElement, target: Target, ctx: ReadContext): void {
  for (const child of childElements(container)) readElement(child, target, ctx);
}

export function readElement(el: XmlElement, target: Target, ctx: ReadContext): void {
  const reader = vocabulary[elementKey(el, ctx.rootNs)];
  if (reader) {
    reader(el, target, ctx);
    return;
  }
  if (childElements(el).length === 0) {
    const value = textOf(el).trim();
    if (value) target.data.extras[extraKey(el, ctx.rootNs)] = value;
  }
}
