/**
 * Streams and pages over the store: which items a stream id names, and one page of a `stream/items/ids` (or
 * `stream/contents`) query with the variant's continuation. Paging is a scan from the continuation's position in
 * crawl order, so a 50,000-item account pages in linear time overall.
 */
import type { FakeItem, FakeStore } from './fake-store';

export type ItemMatcher = (item: FakeItem) => boolean;

const LABEL = /^user\/[^/]+\/label\/(.+)$/;
const STATE = /^user\/[^/]+\/state\/com\.google\/(.+)$/;

/** Items of a stream, or null for a stream this server does not know. */
export function streamMatcher(stream: string): ItemMatcher | null {
  const state = STATE.exec(stream)?.[1];
  if (state !== undefined) {
    if (state === 'reading-list') return () => true;
    if (state === 'read') return (item) => item.read;
    if (state === 'starred') return (item) => item.starred;
    return () => false;
  }
  const label = LABEL.exec(stream)?.[1];
  if (label !== undefined) return (item) => item.feed.folders.includes(label) || item.tags.has(label);
  if (stream.startsWith('feed/')) return (item) => item.feed.streamId === stream;
  return null;
}

export interface PageQuery {
  include: ItemMatcher;
  exclude: readonly ItemMatcher[];
  sinceUsec: number | null;
  count: number;
  oldestFirst: boolean;
  continuation: string | null;
}

export interface Page {
  items: FakeItem[];
  continuation: string | number | null;
}

/** One page, or null when the continuation cannot be read. */
export function pageOf(store: FakeStore, query: PageQuery): Page | null {
  const { variant } = store;
  const matches = (item: FakeItem) =>
    item.feed.subscribed &&
    (query.sinceUsec === null || item.crawlUsec >= query.sinceUsec) &&
    query.include(item) &&
    !query.exclude.some((exclude) => exclude(item));
  const start = startOf(store, query);
  if (start === null) return null;
  const step = query.oldestFirst ? 1 : -1;
  const items: FakeItem[] = [];
  let skip = variant.continuation === 'offset' && query.continuation ? Number(query.continuation) : 0;
  let index = start;
  for (; index >= 0 && index < store.items.length; index += step) {
    const item = store.items[index]!;
    if (!matches(item)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    if (items.length === query.count) break;
    items.push(item);
  }
  const more = index >= 0 && index < store.items.length;
  return { items, continuation: more ? continuationAfter(store, query, items, index) : null };
}

function startOf(store: FakeStore, query: PageQuery): number | null {
  const first = query.oldestFirst ? 0 : store.items.length - 1;
  const c = query.continuation;
  if (!c) return first;
  const step = query.oldestFirst ? 1 : -1;
  switch (store.variant.continuation) {
    case 'offset':
      return /^\d+$/.test(c) ? first : null;
    case 'last-id': {
      const item = store.itemByShortId(c);
      return item === undefined ? null : item.seq + step;
    }
    case 'next-id': {
      const item = store.itemByShortId(c);
      return item === undefined ? null : item.seq;
    }
    case 'token': {
      const seq = /^c([0-9a-z]+)$/.exec(c)?.[1];
      return seq === undefined ? null : parseInt(seq, 36);
    }
  }
}

function continuationAfter(store: FakeStore, query: PageQuery, items: FakeItem[], nextIndex: number) {
  const { variant } = store;
  switch (variant.continuation) {
    case 'offset': {
      const offset = (query.continuation ? Number(query.continuation) : 0) + items.length;
      return variant.continuationAsNumber ? offset : String(offset);
    }
    case 'last-id':
      return items.at(-1)?.shortId ?? null;
    case 'next-id':
      return store.items[nextIndex]!.shortId;
    case 'token':
      return `c${nextIndex.toString(36)}`;
  }
}
