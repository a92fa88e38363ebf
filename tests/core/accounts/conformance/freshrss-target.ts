/**
 * The real FreshRSS as a conformance target: each start is a fresh server (its own folder, port and database, about
 * a second and a half), with a feed site on 127.0.0.1 whose feeds the cases control. "Another device" is a second
 * Google Reader client signed in with the API password; taking the server away and bringing it back are the
 * server's own `stop` and `restart` helpers, so the app under test meets a closed port, not a simulated failure.
 *
 * What FreshRSS does that cases must allow for (measured against ../shared/servers/freshrss): a feed added without
 * a folder is put in the label `Uncategorized`; a feed has one folder at most; unsubscribing deletes the feed's
 * items, starred ones included; a session (Auth token) survives stop/restart but not a change of the API password;
 * `actualize` skips a feed fetched within the same second (FreshRss.actualize waits that second out);
 * stream/items/contents answers newest first, whatever order was asked.
 */
import { createGReaderClient } from '../../../../electron/core/greader/client';
import {
  READ,
  READING_LIST,
  STARRED,
  feedStreamIdForUrl,
  labelName,
  labelStreamId,
} from '../../../../electron/core/greader/streams';
import type { GReaderItemIdsQuery } from '../../../../electron/core/greader/types';
import { startFeedSite, type FeedSite } from '../../../support/feed-site';
import { createFetchTransport } from '../../../support/fetch-transport';
import { freshrssUnavailable, portClosed, startFreshRss, type FreshRss } from '../../../support/freshrss-server';
import type { ConformanceTarget, RemoteSide } from './remote-side';

export function freshrssTarget(): ConformanceTarget {
  return { name: 'the real FreshRSS', unavailable: freshrssUnavailable, large: false, start: startFreshRssSide };
}

async function startFreshRssSide(): Promise<RemoteSide> {
  const [server, site] = await Promise.allSettled([startFreshRss(), startFeedSite([], 0)]);
  if (server.status === 'rejected' || site.status === 'rejected') {
    if (server.status === 'fulfilled') await server.value.stop();
    if (site.status === 'fulfilled') await site.value.close();
    throw server.status === 'rejected' ? server.reason : (site as PromiseRejectedResult).reason;
  }
  try {
    return await remoteSide(server.value, site.value);
  } catch (error) {
    await Promise.all([server.value.stop(), site.value.close()]);
    throw error;
  }
}

async function remoteSide(server: FreshRss, site: FeedSite): Promise<RemoteSide> {
  const device = createGReaderClient({
    transport: createFetchTransport(),
    apiUrl: server.greader,
    service: 'freshrss',
  });
  await device.login(server.user, server.apiPassword);
  const feedNames = new Map<string, string>();
  const subscriptionOf = async (url: string) => {
    const found = (await device.subscriptions()).find((subscription) => subscription.url === url);
    if (!found) throw new Error(`FreshRSS does not follow ${url}.`);
    return found;
  };
  const idsOf = async (query: Omit<GReaderItemIdsQuery, 'count'>) => {
    const ids: string[] = [];
    for await (const page of device.itemIdPages({ ...query, count: 1000, oldestFirst: true })) ids.push(...page.ids);
    return ids;
  };
  const feedIds = async (url: string) => idsOf({ stream: (await subscriptionOf(url)).id });
  /** Makes FreshRSS fetch its feeds until `url` holds `expected` items (subscribing already fetches once). */
  const untilFetched = async (url: string, expected: number) => {
    let ids = await feedIds(url);
    if (ids.length < expected) {
      await server.actualize();
      ids = await feedIds(url);
    }
    if (ids.length !== expected) throw new Error(`FreshRSS holds ${ids.length} items of ${url}, not ${expected}.`);
    return ids;
  };
  const apply = async (ids: readonly string[], state: string, on: boolean) => {
    if (ids.length > 0) await device.editTag(on ? { ids, add: state } : { ids, remove: state });
  };

  return {
    // The password stays the one the account was added with, also after changePassword: a case that hands it to the
    // app again plays an app that still has the old password.
    input: {
      kind: 'greader',
      service: 'freshrss',
      url: server.greader,
      user: server.user,
      password: server.apiPassword,
    },
    transport: createFetchTransport(),
    now: () => Date.now(),
    async addFeed(title, folder, items) {
      const name = `feed-${feedNames.size + 1}`;
      const url = site.addFeed(name, title, items);
      feedNames.set(url, name);
      await device.subscriptionEdit({
        action: 'subscribe',
        stream: feedStreamIdForUrl(url),
        title,
        ...(folder === null ? {} : { addLabel: labelStreamId(folder) }),
      });
      server.fetched();
      await untilFetched(url, items);
      return url;
    },
    async offerFeed(title, items) {
      const name = `feed-${feedNames.size + 1}`;
      const url = site.addFeed(name, title, items);
      feedNames.set(url, name);
      return { url, links: Array.from({ length: items }, (_, index) => `${site.origin}/${name}/${index + 1}`) };
    },
    // The feed site answers 404 for a name it does not serve: FreshRSS cannot fetch it, so it refuses the subscribe.
    unfetchableFeedUrl: () => site.url('no-such-feed'),
    async addItems(url, count) {
      const name = feedNames.get(url);
      if (name === undefined) throw new Error(`${url} was not added by this target.`);
      const before = new Set(await feedIds(url));
      site.addItems(name, count);
      const after = await untilFetched(url, before.size + count);
      return after.filter((id) => !before.has(id));
    },
    async removeFeed(url) {
      await device.subscriptionEdit({ action: 'unsubscribe', stream: (await subscriptionOf(url)).id });
    },
    async moveFeed(url, folder) {
      const subscription = await subscriptionOf(url);
      const current = subscription.labels.map((label) => labelName(label.id) ?? label.name);
      const from = current.find((name) => name !== folder);
      await device.subscriptionEdit({
        action: 'edit',
        stream: subscription.id,
        addLabel: labelStreamId(folder),
        ...(from === undefined ? {} : { removeLabel: labelStreamId(from) }),
      });
    },
    async subscriptions() {
      return (await device.subscriptions()).map((subscription) => ({
        url: subscription.url ?? subscription.id,
        title: subscription.title ?? '',
        folders: subscription.labels.map((label) => labelName(label.id) ?? label.name),
      }));
    },
    // FreshRSS lists every category as a folder, empty ones too (its default "Uncategorized" among them).
    async folders() {
      return (await device.tags()).flatMap((tag) => (tag.type === 'tag' ? [] : [labelName(tag.id) ?? tag.name]));
    },
    itemIds: () => idsOf({ stream: READING_LIST }),
    readIds: async () => new Set(await idsOf({ stream: READING_LIST, include: READ })),
    starredIds: async () => new Set(await idsOf({ stream: STARRED })),
    markRead: (ids, read) => apply(ids, READ, read),
    star: (ids, starred) => apply(ids, STARRED, starred),
    keepsItemLabels: true,
    label: (ids, label, on) => apply(ids, labelStreamId(label), on),
    async labelsOf(id) {
      const [item] = await device.itemContents([id]);
      const folders = new Set((await device.subscriptions()).flatMap((feed) => feed.labels.map((label) => label.name)));
      return (item?.labels ?? []).filter((label) => !folders.has(label)).sort();
    },
    async changePassword(password) {
      await server.helper('set-api-password', password);
      // FreshRSS's Auth token derives from the API password: the device signs in again, as its owner would.
      await device.login(server.user, password);
    },
    async down() {
      await server.helper('stop');
      await portClosed(server.url);
    },
    async up() {
      await server.helper('restart');
    },
    async close() {
      await Promise.all([server.stop(), site.close()]);
    },
  };
}
