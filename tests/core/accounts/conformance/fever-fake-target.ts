/**
 * The Fever protocol fake as a conformance target, with integer ids (Miniflux, Tiny Tiny RSS) or numeric strings
 * (FreshRSS), and with `saved` toggling or not. "Another device" changes the fake's store directly. The app reaches
 * it in this process, or over HTTP on 127.0.0.1 when started `served` (the SIGKILL suite's child). Fever cannot
 * subscribe or change folders from the app: the cases that need it are skipped (`lacks`).
 */
import { PENDING_CHUNKS_PER_PULL } from '../../../../electron/core/accounts/fever-pull';
import { FEVER_ITEMS_PER_CALL } from '../../../../electron/core/fever/client';
import { createFetchTransport } from '../../../support/fetch-transport';
import { FeverFake, type FeverFakeOptions } from '../../../support/fever-fake/fever-fake';
import { switchableTransport, type ConformanceTarget, type RemoteSide } from './remote-side';

export function feverFakeTarget(name: string, options: FeverFakeOptions): ConformanceTarget {
  return {
    name: `the Fever fake (${name})`,
    unavailable: null,
    large: true,
    // The first chunk of the newest, then the pending ones (Fever's id lists carry no dates).
    olderPerSync: (PENDING_CHUNKS_PER_PULL + 1) * FEVER_ITEMS_PER_CALL,
    lacks: ['subscriptions', 'folders'],
    async start(start): Promise<RemoteSide> {
      const fake = new FeverFake(options);
      // In this process by default (no socket); on 127.0.0.1 when another process must reach it (`served`).
      const url = start?.served ? await fake.listen() : 'http://127.0.0.1:9/api/fever.php';
      const transport = switchableTransport(start?.served ? createFetchTransport() : fake.transport());
      let feeds = 0;
      const feedOf = (url: string) => {
        const feed = fake.feeds.find((entry) => entry.url === url);
        if (!feed) throw new Error(`The fake does not follow ${url}.`);
        return feed;
      };
      const groupNamed = (name: string) => fake.groups.find((group) => group.title === name)?.id ?? fake.addGroup(name);
      const addItems = (feedId: number, count: number) =>
        Array.from({ length: count }, () => String(fake.addItem(feedId)));
      const refuse = () => Promise.reject(new Error('Fever cannot do this: the case should have been skipped.'));
      return {
        input: { kind: 'fever', url, user: fake.user, password: fake.password },
        transport,
        now: () => fake.nowSeconds * 1000,
        async addFeed(title, folder, items) {
          feeds += 1;
          const url = `https://feeds.example/${feeds}.xml`;
          const id = fake.addFeed(title, url, folder === null ? [] : [groupNamed(folder)]);
          addItems(id, items);
          return url;
        },
        offerFeed: refuse,
        unfetchableFeedUrl: () => 'https://feeds.example/missing.xml',
        addItems: async (url, count) => {
          fake.advanceClock(1);
          return addItems(feedOf(url).id, count);
        },
        // A feed the server no longer follows takes its items with it (FreshRSS deletes them, starred ones too).
        removeFeed: async (url) => {
          const feed = feedOf(url);
          fake.feeds = fake.feeds.filter((entry) => entry !== feed);
          fake.items = fake.items.filter((item) => item.feedId !== feed.id);
        },
        moveFeed: async (url, folder) => void (feedOf(url).groupIds = [groupNamed(folder)]),
        subscriptions: async () =>
          fake.feeds.map((feed) => ({
            url: feed.url,
            title: feed.title,
            folders: feed.groupIds.map((id) => fake.groups.find((group) => group.id === id)!.title),
          })),
        folders: async () => fake.groups.map((group) => group.title),
        itemIds: async () => fake.items.map((item) => String(item.id)),
        readIds: async () => new Set(fake.items.filter((item) => item.read).map((item) => String(item.id))),
        starredIds: async () => new Set(fake.items.filter((item) => item.saved).map((item) => String(item.id))),
        markRead: async (ids, read) => ids.forEach((id) => void (fake.item(id)!.read = read)),
        star: async (ids, starred) => ids.forEach((id) => void (fake.item(id)!.saved = starred)),
        keepsItemLabels: false,
        label: async () => undefined,
        labelsOf: async () => [],
        changePassword: async (password) => void (fake.password = password),
        down: async () => void (transport.down = true),
        up: async () => void (transport.down = false),
        close: () => fake.close(),
      };
    },
  };
}
