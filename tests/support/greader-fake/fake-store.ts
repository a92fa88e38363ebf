/**
 * The fake server's memory: feeds, labels in order, and items in crawl order with their read, starred and tag
 * state. Items live in one array indexed by crawl sequence (never reordered; an unsubscribed feed's items are only
 * flagged), so paging is a scan from a position and a lookup is a map hit: 50,000 items page in milliseconds.
 */
import type { FakeVariant } from './variants';

export const ITEM_PREFIX = 'tag:google.com,2005:reader/item/';
/** Crawl clock start (microseconds): November 2023, as FreshRSS's ids are crawl times. */
const CLOCK_START_USEC = 1_700_000_000_000_000;
const CLOCK_STEP_USEC = 1000;

export interface FakeFeed {
  key: number;
  streamId: string;
  url: string;
  title: string;
  htmlUrl: string;
  folders: string[];
  subscribed: boolean;
}

export interface FakeItem {
  /** Position in crawl order, and in `store.items`. */
  seq: number;
  /** As stream/items/ids writes it: a decimal, or an ObjectId. */
  shortId: string;
  /** As stream/items/contents writes it. */
  longId: string;
  feed: FakeFeed;
  title: string;
  url: string;
  author: string | null;
  html: string;
  publishedSec: number;
  crawlUsec: number;
  read: boolean;
  starred: boolean;
  tags: Set<string>;
}

export interface NewItem {
  title?: string;
  url?: string;
  author?: string | null;
  html?: string;
  publishedSec?: number;
  read?: boolean;
  starred?: boolean;
  tags?: readonly string[];
}

export interface FakeLabel {
  name: string;
  type: 'folder' | 'tag';
}

export class FakeStore {
  readonly items: FakeItem[] = [];
  readonly labels: FakeLabel[] = [];
  private readonly feeds = new Map<string, FakeFeed>();
  private readonly byShortId = new Map<string, FakeItem>();
  private nextFeedKey = 1;
  private clockUsec = CLOCK_START_USEC;

  /** The fake server's present (epoch ms): just after its last crawl. */
  nowMs(): number {
    return Math.floor(this.clockUsec / 1000) + 1;
  }

  /** `clockStartMs`: when the crawl clock starts (default November 2023); an app test starts it at today. */
  constructor(
    readonly variant: FakeVariant,
    clockStartMs?: number,
  ) {
    if (clockStartMs !== undefined) this.clockUsec = clockStartMs * 1000;
  }

  /** Time passes on the server without a crawl (the benchmark's hours between the last crawl and a sync). */
  advanceClock(ms: number): void {
    this.clockUsec += Math.round(ms * 1000);
  }

  // Feeds

  addFeed(url: string, title: string, folders: readonly string[] = []): FakeFeed {
    const existing = [...this.feeds.values()].find((feed) => feed.url === url);
    if (existing) {
      existing.subscribed = true;
      return existing;
    }
    const key = this.nextFeedKey++;
    const feed: FakeFeed = {
      key,
      streamId: this.feedStreamId(key, url),
      url,
      title,
      htmlUrl: new URL('/', url).toString(),
      folders: [],
      subscribed: true,
    };
    this.feeds.set(feed.streamId, feed);
    for (const folder of folders) this.putInFolder(feed, folder);
    return feed;
  }

  subscribedFeeds(): FakeFeed[] {
    return [...this.feeds.values()].filter((feed) => feed.subscribed);
  }

  feed(streamId: string): FakeFeed | undefined {
    const feed = this.feeds.get(streamId);
    return feed?.subscribed ? feed : undefined;
  }

  feedByUrl(url: string): FakeFeed | undefined {
    return this.subscribedFeeds().find((feed) => feed.url === url);
  }

  unsubscribe(feed: FakeFeed): void {
    feed.subscribed = false;
  }

  putInFolder(feed: FakeFeed, name: string): void {
    if (this.variant.oneFolderPerFeed) feed.folders = [];
    if (!feed.folders.includes(name)) feed.folders.push(name);
    this.ensureLabel(name, 'folder');
  }

  // Labels

  ensureLabel(name: string, type: FakeLabel['type']): void {
    if (!this.labels.some((label) => label.name === name)) this.labels.push({ name, type });
  }

  renameLabel(from: string, to: string): void {
    const label = this.labels.find((entry) => entry.name === from);
    if (!label) return;
    if (this.labels.some((entry) => entry.name === to)) this.labels.splice(this.labels.indexOf(label), 1);
    else label.name = to;
    for (const feed of this.feeds.values())
      feed.folders = unique(feed.folders.map((name) => (name === from ? to : name)));
    for (const item of this.items) {
      if (item.tags.delete(from)) item.tags.add(to);
    }
  }

  deleteLabel(name: string): void {
    const at = this.labels.findIndex((label) => label.name === name);
    if (at >= 0) this.labels.splice(at, 1);
    for (const feed of this.feeds.values()) feed.folders = feed.folders.filter((folder) => folder !== name);
    for (const item of this.items) item.tags.delete(name);
  }

  /** Labels still in use or created, in order. */
  visibleLabels(): FakeLabel[] {
    return this.labels;
  }

  // Items

  addItems(feed: FakeFeed, count: number, make: (index: number) => NewItem = () => ({})): FakeItem[] {
    const added: FakeItem[] = [];
    for (let index = 0; index < count; index++) {
      const details = make(index);
      const seq = this.items.length;
      const crawlUsec = (this.clockUsec += CLOCK_STEP_USEC);
      const shortId = this.shortIdFor(seq, crawlUsec);
      const item: FakeItem = {
        seq,
        shortId,
        longId: this.longIdFor(shortId),
        feed,
        title: details.title ?? `${feed.title} item ${seq + 1}`,
        url: details.url ?? `${feed.htmlUrl}items/${seq + 1}`,
        author: details.author === undefined ? 'Ann Author' : details.author,
        html: details.html ?? `<p>Body of item ${seq + 1} in ${feed.title}.</p>`,
        publishedSec: details.publishedSec ?? Math.floor(crawlUsec / 1e6) - 3600,
        crawlUsec,
        read: details.read ?? false,
        starred: details.starred ?? false,
        tags: new Set(details.tags ?? []),
      };
      for (const tag of item.tags) this.ensureLabel(tag, 'tag');
      this.items.push(item);
      this.byShortId.set(shortId, item);
      added.push(item);
    }
    return added;
  }

  /** A visible item by its long form or short form as this server writes them; for test helpers. */
  itemById(id: string): FakeItem | undefined {
    const short = id.startsWith(ITEM_PREFIX) ? this.shortFromLongTail(id.slice(ITEM_PREFIX.length)) : id;
    const item = short === null ? undefined : this.byShortId.get(short);
    return item?.feed.subscribed ? item : undefined;
  }

  /**
   * An `i=` value read the way this server reads it: the long form's tail as hex (or an ObjectId), a short form as
   * decimal, as hex (Miniflux before #3325) or as an ObjectId. `bare-hex` when BazQux would fail with a 500.
   */
  resolveItemParam(value: string): FakeItem | 'bare-hex' | undefined {
    if (value.startsWith(ITEM_PREFIX)) {
      const short = this.shortFromLongTail(value.slice(ITEM_PREFIX.length));
      return short === null ? undefined : this.visible(this.byShortId.get(short));
    }
    if (this.variant.bareHexIs500 && /[a-f]/i.test(value)) return 'bare-hex';
    switch (this.variant.shortIdInput) {
      case 'object-id':
        return this.visible(this.byShortId.get(value.toLowerCase()));
      case 'hex':
        return /^[0-9a-f]{1,16}$/i.test(value)
          ? this.visible(this.byShortId.get(BigInt(`0x${value}`).toString()))
          : undefined;
      case 'decimal':
        return /^-?\d{1,20}$/.test(value)
          ? this.visible(this.byShortId.get(BigInt.asUintN(64, BigInt(value)).toString()))
          : undefined;
    }
  }

  /** The item a continuation written as a short id points at (any item, even one of an unsubscribed feed). */
  itemByShortId(short: string): FakeItem | undefined {
    return this.byShortId.get(short);
  }

  // Ids

  private shortIdFor(seq: number, crawlUsec: number): string {
    if (this.variant.itemIds === 'object-id') return objectId(Math.floor(crawlUsec / 1e6), seq);
    // FreshRSS's ids are its crawl times; the others count from their own base.
    return String(this.variant.service === 'freshrss' ? crawlUsec : this.variant.idBase + seq);
  }

  private longIdFor(shortId: string): string {
    if (this.variant.itemIds === 'object-id') return ITEM_PREFIX + shortId;
    return ITEM_PREFIX + BigInt(shortId).toString(16).padStart(16, '0');
  }

  private shortFromLongTail(tail: string): string | null {
    if (this.variant.itemIds === 'object-id') return /^[0-9a-f]{24}$/i.test(tail) ? tail.toLowerCase() : null;
    return /^[0-9a-f]{1,16}$/i.test(tail) ? BigInt(`0x${tail}`).toString() : null;
  }

  private feedStreamId(key: number, url: string): string {
    switch (this.variant.feedIds) {
      case 'number':
        return `feed/${key}`;
      case 'url':
        return `feed/${url}`;
      case 'object-id':
        return `feed/${objectId(0x5f000000, key)}`;
    }
  }

  private visible(item: FakeItem | undefined): FakeItem | undefined {
    return item?.feed.subscribed ? item : undefined;
  }
}

/** A BSON ObjectId's 24 hex digits: 4 bytes of seconds, then a counter. */
function objectId(seconds: number, counter: number): string {
  return seconds.toString(16).padStart(8, '0') + counter.toString(16).padStart(16, '0');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
