/**
 * The fake's account: categories, feeds and entries with ids from one sequence per table (Postgres `bigserial`),
 * and a clock that only moves when told, so `changed_at` and `changed_after` are repeatable. Every state change
 * sets the entry's `changed_at` to the clock, as Miniflux's storage does (SetEntriesStatus and ToggleStarred set
 * `changed_at=now()`, internal/storage/entry.go). Tests act "on another device" through the same methods.
 */

export interface FakeCategory {
  id: number;
  title: string;
}

export interface FakeFeed {
  id: number;
  title: string;
  feedUrl: string;
  siteUrl: string;
  categoryId: number;
}

export interface FakeEntry {
  id: number;
  feedId: number;
  title: string;
  url: string;
  content: string;
  publishedAtMs: number;
  changedAtMs: number;
  status: 'read' | 'unread';
  starred: boolean;
}

/** November 2023, fixed so protocol tests are repeatable. */
const DEFAULT_CLOCK_START_MS = Date.UTC(2023, 10, 14, 12, 0, 0);

export class MinifluxFakeStore {
  readonly userId = 1;
  readonly categories = new Map<number, FakeCategory>();
  readonly feeds = new Map<number, FakeFeed>();
  readonly entries = new Map<number, FakeEntry>();
  /**
   * Feeds the fake "can fetch" without following them yet, by address: subscribing to one brings its entries with
   * these links (a real server fetches the feed when it subscribes).
   */
  readonly offers = new Map<string, { title: string; links: string[] }>();
  private clockMs: number;
  private readonly sequences = { category: 0, feed: 0, entry: 0 };

  constructor(clockStartMs = DEFAULT_CLOCK_START_MS) {
    this.clockMs = clockStartMs;
    // Miniflux gives every new user a category named "All" (storage CreateUser).
    this.addCategory('All');
  }

  nowMs(): number {
    return this.clockMs;
  }

  /** Lets time pass (whole seconds matter: `changed_after` compares unix seconds). */
  advanceClock(ms: number): void {
    this.clockMs += ms;
  }

  addCategory(title: string): FakeCategory {
    const category = { id: ++this.sequences.category, title };
    this.categories.set(category.id, category);
    return category;
  }

  categoryByTitle(title: string): FakeCategory | undefined {
    const wanted = title.toLowerCase();
    return [...this.categories.values()].find((category) => category.title.toLowerCase() === wanted);
  }

  addFeed(feedUrl: string, title: string, categoryId = this.firstCategoryId()): FakeFeed {
    const feed = { id: ++this.sequences.feed, title, feedUrl, siteUrl: new URL('/', feedUrl).href, categoryId };
    this.feeds.set(feed.id, feed);
    return feed;
  }

  /** `count` new unread entries in a feed, published one minute apart up to the clock (links: `links[i]` if given). */
  addEntries(feedId: number, count: number, links: readonly string[] = []): FakeEntry[] {
    const added: FakeEntry[] = [];
    for (let index = 0; index < count; index++) {
      const id = ++this.sequences.entry;
      const entry: FakeEntry = {
        id,
        feedId,
        title: `Entry ${id}`,
        url: links[index] ?? `https://site.example/${feedId}/${id}`,
        content: `<p>Entry ${id}</p>`,
        publishedAtMs: this.clockMs - (count - index) * 60_000,
        changedAtMs: this.clockMs,
        status: 'unread',
        starred: false,
      };
      this.entries.set(id, entry);
      added.push(entry);
    }
    return added;
  }

  setStatus(ids: readonly number[], status: 'read' | 'unread'): void {
    for (const id of ids) this.change(id, (entry) => (entry.status = status));
  }

  setStarred(ids: readonly number[], starred: boolean): void {
    for (const id of ids) this.change(id, (entry) => (entry.starred = starred));
  }

  toggleStarred(id: number): boolean {
    return this.change(id, (entry) => (entry.starred = !entry.starred));
  }

  /** Deletes a category; its feeds and their entries go with it (the fake assumes the worst a server may do). */
  deleteCategory(id: number): void {
    this.categories.delete(id);
    for (const feed of [...this.feeds.values()]) if (feed.categoryId === id) this.deleteFeed(feed.id);
  }

  deleteFeed(id: number): void {
    this.feeds.delete(id);
    for (const entry of [...this.entries.values()]) if (entry.feedId === id) this.entries.delete(entry.id);
  }

  private firstCategoryId(): number {
    const first = this.categories.keys().next();
    if (first.done) throw new Error('the fake has no category');
    return first.value;
  }

  private change(id: number, apply: (entry: FakeEntry) => void): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    apply(entry);
    entry.changedAtMs = this.clockMs;
    return true;
  }
}
