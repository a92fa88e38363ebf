/**
 * The Nextcloud News fake as a conformance target, over HTTP on 127.0.0.1. "Another device" changes the fake's store
 * directly; its clock moves one millisecond per change, so many changes share a second and `items/updated` answers
 * them again at the next sync (the server's second-rounded `lastModified`, tests/support/nextcloud-fake/README.md).
 * Nextcloud can subscribe and change folders from the app: every case runs. The fake always listens, so
 * `start({ served: true })` (the SIGKILL suite's child syncing with its own transport) needs nothing more.
 */
import { OLDER_PER_PULL } from '../../../../electron/core/accounts/nextcloud-listing';
import { createFetchTransport } from '../../../support/fetch-transport';
import { startNextcloudFake } from '../../../support/nextcloud-fake/nextcloud-fake';
import { switchableTransport, type ConformanceTarget, type RemoteSide } from './remote-side';

export function nextcloudFakeTarget(): ConformanceTarget {
  return {
    name: 'the Nextcloud News fake',
    unavailable: null,
    large: true,
    // The newest older unread items a pull stores; the rest are counted at once and come at the next pulls.
    olderPerSync: OLDER_PER_PULL,
    async start(): Promise<RemoteSide> {
      const fake = await startNextcloudFake();
      const { store } = fake;
      const transport = switchableTransport(createFetchTransport());
      let feeds = 0;
      const feedOf = (url: string) => {
        const feed = [...store.feeds.values()].find((entry) => entry.url === url);
        if (!feed) throw new Error(`The fake does not follow ${url}.`);
        return feed;
      };
      const folderNamed = (name: string) => (store.folderByName(name) ?? store.addFolder(name)).id;
      const folderName = (id: number | null) => (id === null ? [] : [store.folders.get(id)!.name]);
      const ids = (pick: (item: { unread: boolean; starred: boolean }) => boolean) =>
        new Set([...store.items.values()].filter(pick).map((item) => String(item.id)));
      return {
        input: { kind: 'nextcloud', url: fake.origin, user: fake.user, password: fake.password },
        transport,
        now: () => store.nowUs() / 1000,
        async addFeed(title, folder, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const feed = fake.addFeed(url, title, folder === null ? null : folderNamed(folder));
          fake.addItems(feed.id, items);
          return url;
        },
        async offerFeed(title, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const links = Array.from({ length: items }, (_, index) => `https://feeds.example/${feeds}/${index + 1}`);
          fake.offerFeed(url, title, links);
          return { url, links };
        },
        // "missing" in the address is a feed the fake cannot fetch (fake-routes.ts).
        unfetchableFeedUrl: () => 'https://feeds.example/missing.xml',
        addItems: async (url, count) => fake.addItems(feedOf(url).id, count).map((item) => String(item.id)),
        removeFeed: async (url) => store.deleteFeed(feedOf(url).id),
        moveFeed: async (url, folder) => void (feedOf(url).folderId = folderNamed(folder)),
        subscriptions: async () =>
          [...store.feeds.values()].map((feed) => ({
            url: feed.url,
            title: feed.title,
            folders: folderName(feed.folderId),
          })),
        folders: async () => [...store.folders.values()].map((folder) => folder.name),
        itemIds: async () => [...store.items.keys()].sort((a, b) => a - b).map(String),
        readIds: async () => ids((item) => !item.unread),
        starredIds: async () => ids((item) => item.starred),
        markRead: async (list, read) => list.forEach((id) => fake.setState(Number(id), { unread: !read })),
        star: async (list, starred) => list.forEach((id) => fake.setState(Number(id), { starred })),
        keepsItemLabels: false,
        label: async () => undefined,
        labelsOf: async () => [],
        changePassword: async (password) => fake.changePassword(password),
        down: async () => void (transport.down = true),
        up: async () => void (transport.down = false),
        close: () => fake.close(),
      };
    },
  };
}
