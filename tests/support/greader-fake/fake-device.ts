/**
 * What a test does to the fake "on another device" (the reader's phone marks things read, stars, subscribes,
 * renames a folder, changes the password) and what it reads back to check the client's work. Items are named by
 * the long form the client stores (the short form works too).
 */
import type { FakeFeed, FakeItem, FakeStore, NewItem } from './fake-store';

export interface FakeItemView {
  longId: string;
  /** As stream/items/ids writes it. */
  shortId: string;
  feedId: string;
  title: string;
  read: boolean;
  starred: boolean;
  /** The item's own tags (not its feed's folders). */
  tags: string[];
  crawlUsec: number;
}

export interface FakeSubscriptionView {
  streamId: string;
  url: string;
  title: string;
  folders: string[];
}

export interface FakeSeed {
  feeds: number;
  itemsPerFeed: number;
  /** Folder names used in turn for the feeds (default: none). */
  folders?: readonly string[];
  /** Every n-th item (counting over the whole account) starred; 0 for none. */
  starredEvery?: number;
  /** Every n-th item read; 0 for none. */
  readEvery?: number;
}

export interface FakeDevice {
  addFeed(url: string, title: string, folders?: readonly string[]): FakeSubscriptionView;
  removeFeed(streamId: string): void;
  moveFeed(streamId: string, folder: string): void;
  /** New items in a feed, crawled now (newest last). */
  addItems(streamId: string, count: number, make?: (index: number) => NewItem): FakeItemView[];
  /** Many feeds and items at once; items are crawled feed after feed, in order. */
  seed(seed: FakeSeed): FakeItemView[];
  markRead(ids: readonly string[], read?: boolean): void;
  star(ids: readonly string[], starred?: boolean): void;
  tag(ids: readonly string[], label: string, on?: boolean): void;
  renameLabel(from: string, to: string): void;
  deleteLabel(name: string): void;
  changePassword(password: string): void;
  /** An item as the server has it now, or undefined (unknown id, or its feed unsubscribed). */
  item(id: string): FakeItemView | undefined;
  readIds(): string[];
  starredIds(): string[];
  subscriptions(): FakeSubscriptionView[];
  /** Labels in the server's order. */
  labels(): { name: string; type: 'folder' | 'tag' }[];
}

export function createFakeDevice(store: FakeStore, host: { changePassword(password: string): void }): FakeDevice {
  const feedOf = (streamId: string): FakeFeed => {
    const feed = store.feed(streamId);
    if (!feed) throw new Error(`The fake has no subscription ${streamId}.`);
    return feed;
  };
  const itemsOf = (ids: readonly string[]): FakeItem[] =>
    ids.map((id) => {
      const item = store.itemById(id);
      if (!item) throw new Error(`The fake has no item ${id}.`);
      return item;
    });
  return {
    addFeed: (url, title, folders = []) => subscriptionView(store.addFeed(url, title, folders)),
    removeFeed: (streamId) => store.unsubscribe(feedOf(streamId)),
    moveFeed: (streamId, folder) => store.putInFolder(feedOf(streamId), folder),
    addItems: (streamId, count, make) => store.addItems(feedOf(streamId), count, make).map(itemView),
    seed(seed) {
      const views: FakeItemView[] = [];
      let counter = 0;
      for (let index = 0; index < seed.feeds; index++) {
        const folder = seed.folders?.length ? [seed.folders[index % seed.folders.length]!] : [];
        const feed = store.addFeed(`https://feeds.example/${index + 1}.xml`, `Feed ${index + 1}`, folder);
        const items = store.addItems(feed, seed.itemsPerFeed, () => {
          counter++;
          return {
            starred: seed.starredEvery ? counter % seed.starredEvery === 0 : false,
            read: seed.readEvery ? counter % seed.readEvery === 0 : false,
          };
        });
        for (const item of items) views.push(itemView(item));
      }
      return views;
    },
    markRead(ids, read = true) {
      for (const item of itemsOf(ids)) item.read = read;
    },
    star(ids, starred = true) {
      for (const item of itemsOf(ids)) item.starred = starred;
    },
    tag(ids, label, on = true) {
      store.ensureLabel(label, 'tag');
      for (const item of itemsOf(ids)) {
        if (on) item.tags.add(label);
        else item.tags.delete(label);
      }
    },
    renameLabel: (from, to) => store.renameLabel(from, to),
    deleteLabel: (name) => store.deleteLabel(name),
    changePassword: (password) => host.changePassword(password),
    item(id) {
      const item = store.itemById(id);
      return item ? itemView(item) : undefined;
    },
    readIds: () =>
      visibleItems(store)
        .filter((item) => item.read)
        .map((item) => item.longId),
    starredIds: () =>
      visibleItems(store)
        .filter((item) => item.starred)
        .map((item) => item.longId),
    subscriptions: () => store.subscribedFeeds().map(subscriptionView),
    labels: () => store.visibleLabels().map((label) => ({ ...label })),
  };
}

function visibleItems(store: FakeStore): FakeItem[] {
  return store.items.filter((item) => item.feed.subscribed);
}

function itemView(item: FakeItem): FakeItemView {
  return {
    longId: item.longId,
    shortId: item.shortId,
    feedId: item.feed.streamId,
    title: item.title,
    read: item.read,
    starred: item.starred,
    tags: [...item.tags],
    crawlUsec: item.crawlUsec,
  };
}

function subscriptionView(feed: FakeFeed): FakeSubscriptionView {
  return { streamId: feed.streamId, url: feed.url, title: feed.title, folders: [...feed.folders] };
}
