/**
 * The fake's data: folders, feeds and items with integer ids from one counter each, and the server's clock in
 * microseconds. Like the real server, every insert and every update that changes a field stamps the item with the
 * clock (lib/Db/NewsMapperV2.php `insert`/`update`: `setLastModified($this->time->getMicroTime())`), and an update
 * that changes nothing (read → read) leaves the stamp alone (`Item::setUnread` marks the field only on a change).
 * The clock moves one millisecond per change, so many changes share a second — which is what makes the API's
 * second-rounded `lastModified` repeat items (see fake-routes.ts, `items/updated`).
 */

export interface FakeFolder {
  id: number;
  name: string;
}

export interface FakeFeed {
  id: number;
  url: string;
  title: string;
  link: string;
  folderId: number | null;
  added: number;
}

export interface FakeItem {
  id: number;
  feedId: number;
  guid: string;
  title: string;
  url: string;
  body: string;
  author: string | null;
  pubDate: number;
  unread: boolean;
  starred: boolean;
  /** Microseconds, as the server stores it. */
  lastModifiedUs: number;
}

/** 14 November 2023, 22:13:20 UTC: fixed so protocol tests are repeatable. */
export const DEFAULT_CLOCK_START_MS = 1_700_000_000_000;
const TICK_US = 1000;

export class FakeStore {
  readonly folders = new Map<number, FakeFolder>();
  readonly feeds = new Map<number, FakeFeed>();
  readonly items = new Map<number, FakeItem>();
  /** Feeds the server can fetch but does not follow (an OPML import's): what subscribing to one brings. */
  readonly offered = new Map<string, { title: string; links: string[] }>();
  private nextFolderId = 1;
  private nextFeedId = 1;
  private nextItemId = 1;
  private clockUs: number;

  constructor(clockStartMs = DEFAULT_CLOCK_START_MS) {
    this.clockUs = clockStartMs * 1000;
  }

  /** The server's time now, in microseconds; every call moves it one tick. */
  tick(): number {
    this.clockUs += TICK_US;
    return this.clockUs;
  }

  nowUs(): number {
    return this.clockUs;
  }

  /** Lets time pass on the server without a change. */
  advanceClock(ms: number): void {
    this.clockUs += Math.round(ms * 1000);
  }

  addFolder(name: string): FakeFolder {
    const folder = { id: this.nextFolderId++, name };
    this.folders.set(folder.id, folder);
    return folder;
  }

  folderByName(name: string): FakeFolder | undefined {
    return [...this.folders.values()].find((folder) => folder.name === name);
  }

  addFeed(url: string, title: string, folderId: number | null): FakeFeed {
    const feed = { id: this.nextFeedId++, url, title, link: new URL(url).origin, folderId, added: this.tick() };
    this.feeds.set(feed.id, feed);
    return feed;
  }

  /** Deletes a feed with its items (docs/api/api-v1-3.md "Delete a feed"). */
  deleteFeed(feedId: number): void {
    this.feeds.delete(feedId);
    for (const item of [...this.items.values()]) if (item.feedId === feedId) this.items.delete(item.id);
  }

  /** Deletes a folder with its feeds (docs/api/api-v1-3.md "Delete a folder"). */
  deleteFolder(folderId: number): void {
    this.folders.delete(folderId);
    for (const feed of [...this.feeds.values()]) if (feed.folderId === folderId) this.deleteFeed(feed.id);
  }

  /** `count` new unread items in a feed, oldest first (ids rising, as a crawl inserts them); `links` their URLs. */
  addItems(feedId: number, count: number, links?: readonly string[]): FakeItem[] {
    const added: FakeItem[] = [];
    for (let n = 0; n < count; n++) {
      const id = this.nextItemId++;
      const lastModifiedUs = this.tick();
      const url = links?.[n] ?? `https://site.example/${feedId}/${id}`;
      const item: FakeItem = {
        id,
        feedId,
        guid: url,
        title: `Item ${id}`,
        url,
        body: `<p>Body of item ${id}</p>`,
        author: null,
        pubDate: Math.floor(lastModifiedUs / 1_000_000),
        unread: true,
        starred: false,
        lastModifiedUs,
      };
      this.items.set(id, item);
      added.push(item);
    }
    return added;
  }

  /** Sets a state; stamps the item only when the state changed (as the server's mapper does). */
  setState(itemId: number, state: { unread?: boolean; starred?: boolean }): boolean {
    const item = this.items.get(itemId);
    if (item === undefined) return false;
    let changed = false;
    if (state.unread !== undefined && item.unread !== state.unread) {
      item.unread = state.unread;
      changed = true;
    }
    if (state.starred !== undefined && item.starred !== state.starred) {
      item.starred = state.starred;
      changed = true;
    }
    if (changed) item.lastModifiedUs = this.tick();
    return true;
  }

  newestItemId(): number | null {
    let newest: number | null = null;
    for (const id of this.items.keys()) if (newest === null || id > newest) newest = id;
    return newest;
  }

  unreadCount(feedId: number): number {
    let count = 0;
    for (const item of this.items.values()) if (item.feedId === feedId && item.unread) count++;
    return count;
  }
}
