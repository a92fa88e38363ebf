/** Empty model objects, and the small helpers every reader uses to fill them. */
import { parseDate } from '../dates';
import type { FeedDate, FeedEntry, FeedInfo, FeedSource } from '../types';
import { textOf, type XmlElement } from '../xml/tree';

export function emptyFeed(): FeedInfo {
  return { links: [], authors: [], contributors: [], categories: [], itunes: {}, extras: {} };
}

export function emptySource(): FeedSource {
  return { links: [], authors: [], contributors: [], categories: [], itunes: {}, extras: {} };
}

export function emptyEntry(): FeedEntry {
  return {
    links: [],
    authors: [],
    contributors: [],
    categories: [],
    itunes: {},
    extras: {},
    content: [],
    enclosures: [],
    media: { thumbnails: [], contents: [], credits: [] },
  };
}

export function trimmedText(el: XmlElement): string {
  return textOf(el).trim();
}

export function readDate(el: XmlElement): FeedDate {
  const raw = trimmedText(el);
  const time = parseDate(raw);
  return time === undefined ? { raw } : { raw, time };
}

export function toInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value.trim(), 10);
  return Number.isFinite(n) ? n : undefined;
}
