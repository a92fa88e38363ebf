/**
 * The Miniflux REST API fake as a conformance target, in either server generation: `new` (2.3.2+, stars set
 * explicitly) signed in with an API key, `old` (before 2.3.2: the bookmark endpoint toggles) with a user name and
 * password. "Another device" changes the fake's store directly, letting a second pass first so each change has a
 * `changed_at` later than the last sync saw (as on a real server, where time moves). Miniflux can subscribe and
 * change folders from the app: every case runs. The fake always listens on 127.0.0.1, so `start({ served: true })` (the
 * SIGKILL suite's child syncing with its own transport) needs nothing more.
 */
import type { AddAccountInput } from '../../../../electron/api/methods/accounts';
import { OLDER_PER_PULL } from '../../../../electron/core/accounts/miniflux-pull';
import { createFetchTransport } from '../../../support/fetch-transport';
import {
  startMinifluxFake,
  type MinifluxFake,
  type MinifluxFakeVariantId,
} from '../../../support/miniflux-fake/miniflux-fake';
import { switchableTransport, type ConformanceTarget, type RemoteSide } from './remote-side';

export function minifluxFakeTarget(variant: MinifluxFakeVariantId, auth: 'token' | 'password'): ConformanceTarget {
  return {
    name: `the Miniflux fake (${variant === 'new' ? '2.3.2+, explicit stars' : 'older, toggling bookmark'}, ${auth})`,
    unavailable: null,
    large: true,
    olderPerSync: OLDER_PER_PULL,
    async start(): Promise<RemoteSide> {
      const fake = await startMinifluxFake({ variant });
      const { store } = fake;
      const transport = switchableTransport(createFetchTransport());
      let feeds = 0;
      const feedOf = (url: string) => {
        const feed = [...store.feeds.values()].find((entry) => entry.feedUrl === url);
        if (!feed) throw new Error(`The fake does not follow ${url}.`);
        return feed;
      };
      const categoryNamed = (name: string) => (store.categoryByTitle(name) ?? store.addCategory(name)).id;
      const later = () => store.advanceClock(1000);
      const ids = (list: readonly string[]) => list.map(Number);
      return {
        input: inputFor(fake, auth),
        transport,
        now: () => store.nowMs(),
        async addFeed(title, folder, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const feed = store.addFeed(url, title, folder === null ? undefined : categoryNamed(folder));
          store.addEntries(feed.id, items);
          return url;
        },
        async offerFeed(title, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const links = Array.from({ length: items }, (_, index) => `https://feeds.example/${feeds}/${index + 1}`);
          store.offers.set(url, { title, links });
          return { url, links };
        },
        // "missing" in the address is what the fake cannot fetch (fake-routes-structure.ts).
        unfetchableFeedUrl: () => 'https://feeds.example/missing.xml',
        addItems: async (url, count) => {
          later();
          return store.addEntries(feedOf(url).id, count).map((entry) => String(entry.id));
        },
        removeFeed: async (url) => store.deleteFeed(feedOf(url).id),
        moveFeed: async (url, folder) => void (feedOf(url).categoryId = categoryNamed(folder)),
        subscriptions: async () =>
          [...store.feeds.values()].map((feed) => ({
            url: feed.feedUrl,
            title: feed.title,
            folders: [store.categories.get(feed.categoryId)!.title],
          })),
        folders: async () => [...store.categories.values()].map((category) => category.title),
        itemIds: async () => [...store.entries.keys()].map(String),
        readIds: async () =>
          new Set(
            [...store.entries.values()].filter((entry) => entry.status === 'read').map((entry) => String(entry.id)),
          ),
        starredIds: async () =>
          new Set([...store.entries.values()].filter((entry) => entry.starred).map((entry) => String(entry.id))),
        markRead: async (list, read) => {
          later();
          store.setStatus(ids(list), read ? 'read' : 'unread');
        },
        star: async (list, starred) => {
          later();
          store.setStarred(ids(list), starred);
        },
        keepsItemLabels: false,
        label: async () => undefined,
        labelsOf: async () => [],
        changePassword: async (secret) =>
          fake.changeCredentials(auth === 'token' ? { token: secret } : { password: secret }),
        down: async () => void (transport.down = true),
        up: async () => void (transport.down = false),
        close: () => fake.close(),
      };
    },
  };
}

/** What the reader types in Add account for the fake: its address and the API key, or user name and password. */
export function inputFor(fake: MinifluxFake, auth: 'token' | 'password'): AddAccountInput {
  return auth === 'token'
    ? { kind: 'miniflux', auth, url: fake.origin, password: fake.token }
    : { kind: 'miniflux', auth, url: fake.origin, user: fake.user, password: fake.password };
}
