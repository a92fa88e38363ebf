/**
 * The Feedbin protocol fake as a conformance target, over HTTP on 127.0.0.1 (Feedbin is hosted only: the fake
 * follows its API docs). "Another device" changes the fake's store directly. Feedbin subscribes, renames and tags
 * from the app, so no case is skipped. Older unread entries come by id, `PENDING_CHUNKS_PER_PULL` chunks of 100 a
 * sync. The fake always listens, so `start({ served: true })` (the SIGKILL suite's child) needs nothing more.
 */
import { PENDING_CHUNKS_PER_PULL } from '../../../../electron/core/accounts/feedbin-pull';
import { ENTRIES_PER_CALL } from '../../../../electron/core/feedbin/client-reads';
import { startFeedbinFake } from '../../../support/feedbin-fake/feedbin-fake';
import { createFetchTransport } from '../../../support/fetch-transport';
import { switchableTransport, type ConformanceTarget, type RemoteSide } from './remote-side';

export function feedbinFakeTarget(): ConformanceTarget {
  return {
    name: 'the Feedbin fake',
    unavailable: null,
    large: true,
    olderPerSync: PENDING_CHUNKS_PER_PULL * ENTRIES_PER_CALL,
    async start(): Promise<RemoteSide> {
      const fake = await startFeedbinFake();
      const { store } = fake;
      const transport = switchableTransport(createFetchTransport());
      let feeds = 0;
      const feedOf = (url: string) => {
        const feed = [...store.feeds.values()].find((entry) => entry.feedUrl === url);
        if (!feed) throw new Error(`The fake has no feed at ${url}.`);
        return feed;
      };
      const newFeed = (title: string, items: number, options: { tags?: string[]; subscribed?: boolean }) => {
        feeds += 1;
        const url = `https://feeds.example/${feeds}.xml`;
        const { feedId } = store.addFeed(url, title, options);
        return { url, ids: store.addEntries(feedId, items) };
      };
      // Oldest first, as the cases read them; an unsubscribed feed's entries are no longer the account's.
      const visible = () => store.visibleEntries().reverse();
      return {
        input: { kind: 'feedbin', url: fake.apiUrl, user: fake.user, password: fake.password },
        transport,
        now: () => store.nowMs(),
        addFeed: async (title, folder, items) => newFeed(title, items, { tags: folder === null ? [] : [folder] }).url,
        async offerFeed(title, items) {
          const { url, ids } = newFeed(title, items, { subscribed: false });
          return { url, links: ids.map((id) => store.entry(Number(id))!.url) };
        },
        unfetchableFeedUrl: () => 'https://feeds.example/missing.xml',
        async addItems(url, count) {
          store.advanceClock(1_000);
          return store.addEntries(String(feedOf(url).id), count);
        },
        async removeFeed(url) {
          const subscription = store.subscriptionOfFeed(feedOf(url).id);
          if (subscription) store.unsubscribe(subscription.id);
        },
        async moveFeed(url, folder) {
          const feedId = feedOf(url).id;
          for (const tagging of [...store.taggings.values()])
            if (tagging.feedId === feedId) store.taggings.delete(tagging.id);
          store.tag(feedId, folder);
        },
        subscriptions: async () =>
          [...store.subscriptions.values()].map((subscription) => {
            const feed = store.feeds.get(subscription.feedId)!;
            return {
              url: feed.feedUrl,
              title: subscription.title ?? feed.title,
              folders: [...store.taggings.values()]
                .filter((tagging) => tagging.feedId === feed.id)
                .map((tagging) => tagging.name),
            };
          }),
        folders: async () => [...new Set([...store.taggings.values()].map((tagging) => tagging.name))].sort(),
        itemIds: async () => visible().map((entry) => String(entry.id)),
        readIds: async () =>
          new Set(
            visible()
              .filter((entry) => !store.unread.has(entry.id))
              .map((e) => String(e.id)),
          ),
        starredIds: async () =>
          new Set(
            visible()
              .filter((entry) => store.starred.has(entry.id))
              .map((e) => String(e.id)),
          ),
        markRead: async (ids, read) => (read ? store.markRead(ids) : store.markUnread(ids)),
        star: async (ids, starred) => (starred ? store.star(ids) : store.unstar(ids)),
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
