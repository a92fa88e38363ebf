/** The protocol fake as a conformance target, in one of its service variants. */
import { GREADER_SERVICES } from '../../../../electron/core/greader/services';
import { accountInputFor, startGReaderFake, type FakeServiceId } from '../../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../../support/fetch-transport';
import { switchableTransport, type ConformanceTarget, type RemoteSide } from './remote-side';

export function fakeTarget(service: FakeServiceId): ConformanceTarget {
  return {
    name: `the protocol fake (${service})`,
    unavailable: null,
    large: true,
    async start(): Promise<RemoteSide> {
      const fake = await startGReaderFake({ service });
      const transport = switchableTransport(createFetchTransport());
      const streamOf = (url: string) => {
        const found = fake.subscriptions().find((subscription) => subscription.url === url);
        if (!found) throw new Error(`The fake does not follow ${url}.`);
        return found.streamId;
      };
      let feeds = 0;
      const ids: string[] = [];
      const added = (views: { longId: string }[]) => {
        const longIds = views.map((view) => view.longId);
        ids.push(...longIds);
        return longIds;
      };
      return {
        input: accountInputFor(fake),
        transport,
        now: () => fake.store.nowMs(),
        async addFeed(title, folder, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const subscription = fake.addFeed(url, title, folder ? [folder] : []);
          if (items > 0) added(fake.addItems(subscription.streamId, items));
          return url;
        },
        // The fake fetches nothing: a feed it "can fetch" is one it followed once, with its items, and let go.
        async offerFeed(title, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const subscription = fake.addFeed(url, title);
          const links = Array.from({ length: items }, (_, index) => `https://feeds.example/${feeds}/${index + 1}`);
          if (items > 0) added(fake.addItems(subscription.streamId, items, (index) => ({ url: links[index]! })));
          fake.removeFeed(subscription.streamId);
          return { url, links };
        },
        // "missing" in the path is what the fake cannot fetch (fake-routes-write.ts).
        unfetchableFeedUrl: () => 'https://feeds.example/missing.xml',
        addItems: async (url, count) => added(fake.addItems(streamOf(url), count)),
        removeFeed: async (url) => fake.removeFeed(streamOf(url)),
        // A move, also on services where a feed may sit in several folders (there, moveFeed only adds one).
        moveFeed: async (url, folder) => {
          fake.store.feed(streamOf(url))!.folders = [];
          fake.moveFeed(streamOf(url), folder);
        },
        subscriptions: async () =>
          fake.subscriptions().map(({ url, title, folders }) => ({ url, title, folders: [...folders] })),
        folders: async () => fake.labels().flatMap((label) => (label.type === 'folder' ? [label.name] : [])),
        // Items of feeds unsubscribed since are gone from the server's lists.
        itemIds: async () => ids.filter((id) => fake.item(id) !== undefined),
        readIds: async () => new Set(fake.readIds()),
        starredIds: async () => new Set(fake.starredIds()),
        markRead: async (ids, read) => fake.markRead(ids, read),
        star: async (ids, starred) => fake.star(ids, starred),
        keepsItemLabels: GREADER_SERVICES[service].quirks.itemLabels,
        label: async (ids, label, on) => fake.tag(ids, label, on),
        labelsOf: async (id) => fake.item(id)?.tags.sort() ?? [],
        changePassword: async (password) => fake.changePassword(password),
        down: async () => void (transport.down = true),
        up: async () => void (transport.down = false),
        close: () => fake.close(),
      };
    },
  };
}
