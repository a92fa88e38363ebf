/**
 * The fake's data: feeds on the "web" (some subscribed), sites whose page links one or more feeds, subscriptions,
 * taggings, entries in the order Feedbin received them, and the unread and starred id sets. Ids are integers, as
 * on the wire. Times are kept in microseconds: Feedbin writes `created_at` with six decimals and a `since` compares
 * at that precision (README.md, "Dates"). Also what tests do "on another device" (add, mark, star, rename).
 */

/** 14 November 2023, 22:13:20 UTC: fixed, so protocol tests are repeatable. */
const CLOCK_START_US = 1_700_000_000_000_000;

export interface FakeFeed {
  id: number;
  feedUrl: string;
  title: string;
  siteUrl: string;
}

export interface FakeSubscription {
  id: number;
  feedId: number;
  /** The reader's own title, or null for the feed's. */
  title: string | null;
  createdAtUs: number;
}

export interface FakeTagging {
  id: number;
  feedId: number;
  name: string;
}

export interface FakeEntry {
  id: number;
  feedId: number;
  title: string;
  url: string;
  author: string | null;
  content: string;
  summary: string;
  publishedUs: number;
  createdAtUs: number;
}

export class FeedbinFakeStore {
  readonly feeds = new Map<number, FakeFeed>();
  /** A site's address → the feeds its page links (several: `300 Multiple Choices` on subscribe). */
  readonly sites = new Map<string, number[]>();
  readonly subscriptions = new Map<number, FakeSubscription>();
  readonly taggings = new Map<number, FakeTagging>();
  /** Oldest first (the order Feedbin received them). */
  readonly entries: FakeEntry[] = [];
  readonly unread = new Set<number>();
  readonly starred = new Set<number>();
  private nowUs = CLOCK_START_US;
  /** Indexes (feed id → its subscription, entry id → entry), so a benchmark-sized store answers in linear time. */
  private readonly subscriptionByFeed = new Map<number, FakeSubscription>();
  private readonly entryById = new Map<number, FakeEntry>();
  private nextId = { feed: 100, subscription: 500, tagging: 900, entry: 4000 };

  /** Now, in microseconds; every call moves the clock on by a few so no two records share a time. */
  tick(): number {
    this.nowUs += 7;
    return this.nowUs;
  }

  /** The server's present in epoch milliseconds (read only: the clock does not move). */
  nowMs(): number {
    return Math.floor(this.nowUs / 1000);
  }

  /** Time passes on the server (the next entries arrive later). */
  advanceClock(ms: number): void {
    this.nowUs += Math.round(ms * 1000);
  }

  /** A feed that exists on the web; subscribed unless `subscribed: false`, in the given tags. */
  addFeed(
    feedUrl: string,
    title: string,
    options: { siteUrl?: string; tags?: readonly string[]; subscribed?: boolean } = {},
  ): { feedId: string; subscriptionId: string | null } {
    const feed: FakeFeed = {
      id: this.nextId.feed++,
      feedUrl,
      title,
      siteUrl: options.siteUrl ?? new URL(feedUrl).origin,
    };
    this.feeds.set(feed.id, feed);
    const subscription = options.subscribed === false ? null : this.subscribe(feed.id);
    for (const name of options.tags ?? []) this.tag(feed.id, name);
    return { feedId: String(feed.id), subscriptionId: subscription === null ? null : String(subscription.id) };
  }

  /** A site whose page links these feeds (each added with addFeed first). */
  addSite(siteUrl: string, feedIds: readonly string[]): void {
    this.sites.set(siteUrl, feedIds.map(Number));
  }

  subscribe(feedId: number): FakeSubscription {
    const existing = this.subscriptionOfFeed(feedId);
    if (existing) return existing;
    const subscription = { id: this.nextId.subscription++, feedId, title: null, createdAtUs: this.tick() };
    this.subscriptions.set(subscription.id, subscription);
    this.subscriptionByFeed.set(feedId, subscription);
    return subscription;
  }

  subscriptionOfFeed(feedId: number): FakeSubscription | undefined {
    return this.subscriptionByFeed.get(feedId);
  }

  /** Unsubscribing takes the feed's taggings with it, as on feedbin.com. */
  unsubscribe(subscriptionId: number): boolean {
    const subscription = this.subscriptions.get(subscriptionId);
    if (!subscription) return false;
    this.subscriptions.delete(subscriptionId);
    this.subscriptionByFeed.delete(subscription.feedId);
    for (const tagging of this.taggings.values())
      if (tagging.feedId === subscription.feedId) this.taggings.delete(tagging.id);
    return true;
  }

  tag(feedId: number, name: string): { tagging: FakeTagging; created: boolean } {
    const existing = [...this.taggings.values()].find((tagging) => tagging.feedId === feedId && tagging.name === name);
    if (existing) return { tagging: existing, created: false };
    const tagging = { id: this.nextId.tagging++, feedId, name };
    this.taggings.set(tagging.id, tagging);
    return { tagging, created: true };
  }

  renameTag(oldName: string, newName: string): void {
    for (const tagging of this.taggings.values()) if (tagging.name === oldName) tagging.name = newName;
  }

  deleteTag(name: string): void {
    for (const tagging of this.taggings.values()) if (tagging.name === name) this.taggings.delete(tagging.id);
  }

  /** New entries in a feed, unread unless said otherwise; their ids, oldest first. */
  addEntries(feedId: string, count: number, options: { unread?: boolean } = {}): string[] {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const id = this.nextId.entry++;
      const createdAtUs = this.tick();
      const entry: FakeEntry = {
        id,
        feedId: Number(feedId),
        title: `Entry ${id}`,
        url: `https://site.example/entries/${id}`,
        author: index % 2 === 0 ? 'A. Writer' : null,
        content: `<p>Entry ${id}</p>`,
        summary: `Entry ${id}`,
        publishedUs: createdAtUs - 3_600_000_000,
        createdAtUs,
      };
      this.entries.push(entry);
      this.entryById.set(id, entry);
      if (options.unread !== false) this.unread.add(id);
      ids.push(String(id));
    }
    return ids;
  }

  isSubscribed(feedId: number): boolean {
    return this.subscriptionOfFeed(feedId) !== undefined;
  }

  /** The entries the account can see (its subscribed feeds'), newest first as entries.json sorts them. */
  visibleEntries(): FakeEntry[] {
    return this.entries.filter((entry) => this.isSubscribed(entry.feedId)).reverse();
  }

  entry(id: number): FakeEntry | undefined {
    return this.entryById.get(id);
  }

  // "Another device": state changes made elsewhere, read back by tests.
  markRead(ids: readonly string[]): void {
    for (const id of ids) this.unread.delete(Number(id));
  }
  markUnread(ids: readonly string[]): void {
    for (const id of ids) this.unread.add(Number(id));
  }
  star(ids: readonly string[]): void {
    for (const id of ids) this.starred.add(Number(id));
  }
  unstar(ids: readonly string[]): void {
    for (const id of ids) this.starred.delete(Number(id));
  }
  isUnread(id: string): boolean {
    return this.unread.has(Number(id));
  }
  isStarred(id: string): boolean {
    return this.starred.has(Number(id));
  }
}

/** Feedbin's time format: ISO 8601 in UTC with microseconds (README.md, "Dates"). */
export function isoMicros(us: number): string {
  const ms = Math.floor(us / 1000);
  const micros = String(us % 1_000_000).padStart(6, '0');
  return `${new Date(ms).toISOString().slice(0, 19)}.${micros}Z`;
}

/** An ISO 8601 time (any precision, any zone) in microseconds, or null. */
export function parseIsoMicros(text: string): number | null {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/.exec(text.trim());
  if (!match) return null;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (!Number.isFinite(seconds)) return null;
  const fraction = Number((match[2] ?? '').padEnd(6, '0').slice(0, 6));
  return seconds * 1000 + fraction;
}
